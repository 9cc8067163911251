package org.kumiai.service.membership;

import jakarta.ejb.ApplicationException;

/** A commit refused because a row is bad; nothing was written, and the preview says why. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

  private final transient ImportPreview preview;

  public ImportRejectedException(ImportPreview preview) {
    super(preview.count(ImportPreview.Outcome.BAD) + " bad rows");
    this.preview = preview;
  }

  public ImportPreview preview() {
    return preview;
  }
}
