package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.membership.ImportFileException;
import org.kumiai.service.membership.ImportPreview;
import org.kumiai.service.membership.ImportPreview.Problem;
import org.kumiai.service.membership.ImportRejectedException;
import org.kumiai.service.membership.MemberImports;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/members/import}: upload a members file, see every row's outcome and every bad row's
 * reasons, then commit it whole. The file stays in the view between the two steps and is checked
 * again when committed.
 */
@Named
@ViewScoped
public class MemberImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "import";

  @Inject private MemberImports imports;
  @Inject private StaffScope scope;

  private List<CoopView> coops;
  private String coopCode;
  private transient Part upload;
  private byte[] content;
  private String fileName;
  private ImportPreview preview;
  private ImportPreview committed;

  @PostConstruct
  void load() {
    coops = scope.coops();
    if (coops.size() == 1) {
      coopCode = coops.get(0).code();
    }
  }

  public void check() {
    committed = null;
    preview = null;
    if (coopCode == null || coops.stream().noneMatch(c -> c.code().equals(coopCode))) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
      return;
    }
    if (upload == null || upload.getSize() == 0) {
      Feedback.error(FORM + ":file", "import.file.EMPTY");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      content = in.readAllBytes();
      fileName = upload.getSubmittedFileName();
    } catch (IOException e) {
      Feedback.error(FORM + ":file", "import.file.EMPTY");
      return;
    }
    try {
      preview = imports.preview(coopCode, fileName, content);
    } catch (ImportFileException e) {
      fileProblem(e);
    }
  }

  public void commit() {
    if (content == null) {
      return;
    }
    try {
      committed = imports.commit(coopCode, fileName, content, Visitor.locale(), Visitor.ip());
      preview = null;
      content = null;
      long added = committed.count(ImportPreview.Outcome.NEW);
      Feedback.info(added == 0 ? "import.unchanged" : "import.done", added);
    } catch (ImportRejectedException e) {
      preview = e.preview();
      Feedback.error(null, "import.rejected");
    } catch (ImportFileException e) {
      preview = null;
      fileProblem(e);
    }
  }

  public void startOver() {
    preview = null;
    committed = null;
    content = null;
  }

  private void fileProblem(ImportFileException e) {
    String detail = e.detail();
    if ("MISSING_COLUMNS".equals(e.reason())) {
      detail =
          Arrays.stream(detail.split(","))
              .map(f -> Feedback.label("field." + f))
              .collect(Collectors.joining("、"));
    }
    Feedback.error(FORM + ":file", "import.file." + e.reason(), detail);
  }

  /** A row's reasons, each naming its field, in the page's language. */
  public String describe(List<Problem> problems) {
    return problems.stream()
        .map(p -> Feedback.describe(p.field(), p.reason(), p.otherLine()))
        .collect(Collectors.joining(" "));
  }

  public List<CoopView> getCoops() {
    return coops;
  }

  public String getCoopCode() {
    return coopCode;
  }

  public void setCoopCode(String coopCode) {
    this.coopCode = coopCode;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public ImportPreview getCommitted() {
    return committed;
  }
}
