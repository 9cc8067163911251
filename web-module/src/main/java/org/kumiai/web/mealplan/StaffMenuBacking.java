package org.kumiai.web.mealplan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.service.mealplan.MenuCsv;
import org.kumiai.service.mealplan.MenuItemView;
import org.kumiai.service.mealplan.MenuPreview;
import org.kumiai.service.mealplan.MenuPreview.Outcome;
import org.kumiai.service.mealplan.Menus;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /staff/menu}: a cafeteria's menu as it is sold now, and a menu sheet imported in two
 * steps: a preview that counts new, changed and unchanged items and names every bad cell, then the
 * import of the same bytes, kept in the view and checked again by the service.
 */
@Named
@ViewScoped
public class StaffMenuBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SHEET = "sheet";

  @Inject private Menus menus;

  /** A cafeteria as the select shows it; the store entity itself stays out of the view state. */
  public record Cafeteria(String code, String nameJa, String nameEn) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private List<Cafeteria> cafeterias;
  private String storeCode;
  private List<MenuItemView> items = List.of();
  private MenuCsv.Encoding encoding = MenuCsv.Encoding.UTF_8;
  private transient Part upload;
  private byte[] content;
  private String fileName;
  private MenuCsv.Encoding checkedAs;
  private MenuPreview preview;

  @PostConstruct
  void load() {
    cafeterias =
        menus.cafeterias().stream()
            .map(s -> new Cafeteria(s.code(), s.name().ja(), s.name().en()))
            .toList();
    if (!cafeterias.isEmpty()) {
      storeCode = cafeterias.get(0).code();
    }
    refresh();
  }

  private void refresh() {
    items = storeCode == null ? List.of() : menus.menuOf(storeCode);
  }

  /** Shows the chosen cafeteria; a sheet checked for another one is dropped, not imported there. */
  public void show() {
    forget();
    try {
      refresh();
    } catch (InvalidValueException | CoopNotFoundException e) {
      items = List.of();
      notChosen();
    }
  }

  /** Reads the uploaded sheet and shows what importing it would do; writes nothing. */
  public void check() {
    forget();
    if (upload == null || upload.getSize() == 0) {
      Feedback.error(SHEET + ":file", "import.file.EMPTY");
      return;
    }
    byte[] read;
    try (InputStream in = upload.getInputStream()) {
      read = in.readAllBytes();
    } catch (IOException e) {
      Feedback.error(SHEET + ":file", "import.file.EMPTY");
      return;
    }
    try {
      preview = menus.preview(storeCode, read, encoding);
      content = read;
      fileName = upload.getSubmittedFileName();
      checkedAs = encoding;
    } catch (InvalidValueException | CoopNotFoundException e) {
      notChosen();
    } catch (MenuCsv.Unreadable e) {
      unreadable(e);
    }
  }

  /**
   * Imports the checked sheet whole; the service reads it again and refuses it if any row is bad.
   */
  public void importSheet() {
    if (content == null) {
      return;
    }
    try {
      MenuPreview done = menus.importSheet(storeCode, content, checkedAs, Visitor.ip());
      forget();
      Feedback.info(
          "menu.imported",
          done.lines().size(),
          done.count(Outcome.NEW),
          done.count(Outcome.CHANGED),
          done.count(Outcome.UNCHANGED));
      refresh();
    } catch (InvalidValueException e) {
      if (!"BAD_ROWS".equals(e.reason())) {
        forget();
        notChosen();
        return;
      }
      Feedback.error(SHEET + ":file", "menu.file.BAD_ROWS");
      try {
        preview = menus.preview(storeCode, content, checkedAs);
      } catch (MenuCsv.Unreadable again) {
        forget();
        unreadable(again);
      }
    } catch (CoopNotFoundException e) {
      forget();
      notChosen();
    } catch (MenuCsv.Unreadable e) {
      forget();
      unreadable(e);
    }
  }

  /** The cafeteria is not one of the caller's (only a tampered form gets here). */
  private static void notChosen() {
    Feedback.error("choose:cafeteria", "invalid.NOT_CHOSEN", Feedback.label("menu.cafeteria"));
  }

  private void forget() {
    preview = null;
    content = null;
    fileName = null;
    checkedAs = null;
  }

  /** A sheet that cannot be read as a whole, named next to the file field. */
  private void unreadable(MenuCsv.Unreadable sheet) {
    String key =
        Feedback.firstKey(
            "menu.file." + sheet.reason(), "import.file." + sheet.reason(), "menu.file.OTHER");
    Object detail =
        "TOO_MANY_ROWS".equals(sheet.reason()) ? Integer.valueOf(sheet.detail()) : sheet.detail();
    Feedback.error(SHEET + ":file", key, detail);
  }

  /**
   * A bad row's problems as sentences in the page's language, in the sheet's column order: the
   * menu's own wording where a shared one reads wrong for a sheet, else the shared one.
   */
  public List<String> problems(MenuPreview.Line line) {
    return line.problems().entrySet().stream()
        .sorted(Comparator.comparingInt(p -> columnOrder(p.getKey())))
        .map(StaffMenuBacking::problem)
        .toList();
  }

  private static String problem(Map.Entry<String, String> p) {
    String label = Feedback.label(Feedback.firstKey("menu.column." + p.getKey(), p.getKey()));
    String key =
        Feedback.firstKey(
            "menu.invalid." + p.getValue(), "invalid." + p.getValue(), "invalid.OTHER");
    return Feedback.message(key, label);
  }

  private static int columnOrder(String column) {
    int i = MenuCsv.COLUMNS.indexOf(column);
    return i < 0 ? MenuCsv.COLUMNS.size() : i;
  }

  /** The sheet's column names as its header may spell them, from the reader itself. */
  public String getColumnNames() {
    return String.join(", ", MenuCsv.COLUMNS);
  }

  public List<Cafeteria> getCafeterias() {
    return cafeterias;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public void setStoreCode(String storeCode) {
    this.storeCode = storeCode;
  }

  /** The cafeteria whose menu is shown and where a sheet goes. */
  public Cafeteria getCafeteria() {
    return cafeterias.stream().filter(c -> c.code().equals(storeCode)).findFirst().orElse(null);
  }

  public List<MenuItemView> getItems() {
    return items;
  }

  public List<MenuCsv.Encoding> getEncodings() {
    return List.of(MenuCsv.Encoding.values());
  }

  public MenuCsv.Encoding getEncoding() {
    return encoding;
  }

  public void setEncoding(MenuCsv.Encoding encoding) {
    this.encoding = encoding == null ? MenuCsv.Encoding.UTF_8 : encoding;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public MenuPreview getPreview() {
    return preview;
  }

  public String getFileName() {
    return fileName;
  }

  public MenuCsv.Encoding getCheckedAs() {
    return checkedAs;
  }
}
