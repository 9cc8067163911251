package org.kumiai.domain.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;

/**
 * Made-up members of a co-op, as many as wanted, the same every time: the demo co-ops' crowd and
 * the search benchmark's hundred thousand. Names are common Japanese family and given names with
 * their usual readings, family names about as frequent as in life (佐藤 and 鈴木 often, 熊谷 rarely);
 * students of every year and faculty, graduate students, teachers and staff; addresses near the
 * campus; addresses {@code m0001.hokuto@example.jp} and phones 090/080/070 with a first group of
 * 2000 or more, so none is the demo's hand-written ones or a simulator's test number.
 */
public final class SampleMembers {

  /** The academic year the ages and entry years are counted from (numbers start with 2026). */
  static final int YEAR = 2026;

  /** About one in this many is an application not yet paid. */
  static final int ONE_IN_APPLIED = 40;

  private static final long SEED = 20_260_401L;

  /** Family names, most frequent first, each with its reading. */
  static final List<String[]> FAMILY =
      pairs(
          "佐藤 サトウ",
          "鈴木 スズキ",
          "高橋 タカハシ",
          "田中 タナカ",
          "伊藤 イトウ",
          "渡辺 ワタナベ",
          "山本 ヤマモト",
          "中村 ナカムラ",
          "小林 コバヤシ",
          "加藤 カトウ",
          "吉田 ヨシダ",
          "山田 ヤマダ",
          "佐々木 ササキ",
          "山口 ヤマグチ",
          "松本 マツモト",
          "井上 イノウエ",
          "木村 キムラ",
          "林 ハヤシ",
          "斎藤 サイトウ",
          "清水 シミズ",
          "山崎 ヤマザキ",
          "森 モリ",
          "池田 イケダ",
          "橋本 ハシモト",
          "阿部 アベ",
          "石川 イシカワ",
          "山下 ヤマシタ",
          "中島 ナカジマ",
          "石井 イシイ",
          "小川 オガワ",
          "前田 マエダ",
          "岡田 オカダ",
          "長谷川 ハセガワ",
          "藤田 フジタ",
          "後藤 ゴトウ",
          "近藤 コンドウ",
          "村上 ムラカミ",
          "遠藤 エンドウ",
          "青木 アオキ",
          "坂本 サカモト",
          "斉藤 サイトウ",
          "福田 フクダ",
          "太田 オオタ",
          "西村 ニシムラ",
          "藤井 フジイ",
          "金子 カネコ",
          "岡本 オカモト",
          "藤原 フジワラ",
          "中野 ナカノ",
          "三浦 ミウラ",
          "原田 ハラダ",
          "中川 ナカガワ",
          "松田 マツダ",
          "竹内 タケウチ",
          "小野 オノ",
          "田村 タムラ",
          "中山 ナカヤマ",
          "和田 ワダ",
          "石田 イシダ",
          "森田 モリタ",
          "上田 ウエダ",
          "原 ハラ",
          "内田 ウチダ",
          "柴田 シバタ",
          "酒井 サカイ",
          "宮崎 ミヤザキ",
          "横山 ヨコヤマ",
          "高木 タカギ",
          "安藤 アンドウ",
          "宮本 ミヤモト",
          "大野 オオノ",
          "小島 コジマ",
          "谷口 タニグチ",
          "今井 イマイ",
          "工藤 クドウ",
          "高田 タカダ",
          "増田 マスダ",
          "丸山 マルヤマ",
          "杉山 スギヤマ",
          "村田 ムラタ",
          "大塚 オオツカ",
          "新井 アライ",
          "小山 コヤマ",
          "平野 ヒラノ",
          "藤本 フジモト",
          "上野 ウエノ",
          "野口 ノグチ",
          "武田 タケダ",
          "松井 マツイ",
          "千葉 チバ",
          "岩崎 イワサキ",
          "菅原 スガワラ",
          "木下 キノシタ",
          "久保 クボ",
          "佐野 サノ",
          "野村 ノムラ",
          "松尾 マツオ",
          "菊地 キクチ",
          "杉本 スギモト",
          "市川 イチカワ",
          "古川 フルカワ",
          "大西 オオニシ",
          "島田 シマダ",
          "水野 ミズノ",
          "桜井 サクライ",
          "高野 タカノ",
          "吉川 ヨシカワ",
          "山内 ヤマウチ",
          "西田 ニシダ",
          "飯田 イイダ",
          "五十嵐 イガラシ",
          "服部 ハットリ",
          "土屋 ツチヤ",
          "樋口 ヒグチ",
          "秋山 アキヤマ",
          "星野 ホシノ",
          "荒木 アラキ",
          "熊谷 クマガイ");

  /**
   * Given names for men, each with its reading. None is a hand-written demo member's (太郎, 一郎, 翔平,
   * 健), so a search for one of those finds that member alone.
   */
  static final List<String[]> MALE =
      pairs(
          "翔太 ショウタ",
          "大輔 ダイスケ",
          "拓也 タクヤ",
          "健太 ケンタ",
          "大樹 ダイキ",
          "翔 ショウ",
          "蓮 レン",
          "陽翔 ハルト",
          "悠真 ユウマ",
          "湊 ミナト",
          "大翔 ヒロト",
          "颯太 ソウタ",
          "悠斗 ユウト",
          "陸 リク",
          "海斗 カイト",
          "樹 イツキ",
          "奏太 カナタ",
          "航 ワタル",
          "駿 シュン",
          "直樹 ナオキ",
          "和也 カズヤ",
          "達也 タツヤ",
          "亮 リョウ",
          "健一 ケンイチ",
          "誠 マコト",
          "浩二 コウジ",
          "隆 タカシ",
          "修 オサム",
          "剛 ツヨシ",
          "智也 トモヤ",
          "雄太 ユウタ",
          "涼介 リョウスケ",
          "亮太 リョウタ",
          "俊介 シュンスケ",
          "康平 コウヘイ",
          "健人 ケント",
          "拓海 タクミ",
          "慎也 シンヤ",
          "圭 ケイ",
          "一輝 カズキ",
          "雅人 マサト",
          "光 ヒカル",
          "悠人 ハルト",
          "隼人 ハヤト",
          "優太 ユウタ");

  /**
   * Given names for women, each with its reading. None is a hand-written demo member's (花子, 美咲, 陽菜,
   * さくら).
   */
  static final List<String[]> FEMALE =
      pairs(
          "結衣 ユイ", "葵 アオイ", "愛 アイ", "彩 アヤ", "七海 ナナミ", "美優 ミユ", "結菜 ユイナ", "凛 リン", "芽依 メイ", "花 ハナ",
          "杏 アン", "楓 カエデ", "真央 マオ", "遥 ハルカ", "菜々子 ナナコ", "優花 ユウカ", "千尋 チヒロ", "明日香 アスカ", "麻衣 マイ",
          "舞 マイ", "由佳 ユカ", "恵 メグミ", "智子 トモコ", "裕子 ユウコ", "直美 ナオミ", "理恵 リエ", "香織 カオリ", "沙織 サオリ",
          "彩花 アヤカ", "美月 ミヅキ", "琴音 コトネ", "莉子 リコ", "心春 コハル", "紗希 サキ", "詩織 シオリ", "茜 アカネ", "綾乃 アヤノ",
          "友美 トモミ", "瑞希 ミズキ", "夏美 ナツミ", "桃子 モモコ", "春香 ハルカ", "萌 モエ", "ひなた ヒナタ", "あかり アカリ");

  private static final List<String> FACULTIES =
      List.of("文学部", "教育学部", "法学部", "経済学部", "理学部", "医学部", "薬学部", "工学部", "農学部");

  private static final List<String> GRADUATE_SCHOOLS =
      List.of("大学院文学研究科", "大学院法学研究科", "大学院経済学研究科", "大学院理学研究科", "大学院工学研究科", "大学院農学研究科");

  private static final List<String> OFFICES = List.of("事務局", "附属図書館", "附属病院", "学務課");

  /** Postal code, prefecture, city and district of streets near each demo campus. */
  private static final Map<String, List<String[]>> NEIGHBOURHOODS =
      Map.of(
          "HOKUTO",
          List.of(
              new String[] {"9800811", "宮城県", "仙台市青葉区", "一番町"},
              new String[] {"9800021", "宮城県", "仙台市青葉区", "中央"},
              new String[] {"9810933", "宮城県", "仙台市青葉区", "柏木"},
              new String[] {"9820011", "宮城県", "仙台市太白区", "長町"},
              new String[] {"9830852", "宮城県", "仙台市宮城野区", "榴岡"}),
          "WAKABA",
          List.of(
              new String[] {"1840004", "東京都", "小金井市", "本町"},
              new String[] {"1850012", "東京都", "国分寺市", "本町"},
              new String[] {"1810013", "東京都", "三鷹市", "下連雀"},
              new String[] {"1800004", "東京都", "武蔵野市", "吉祥寺本町"},
              new String[] {"1830055", "東京都", "府中市", "府中町"}),
          "SETOUCHI",
          List.of(
              new String[] {"7000082", "岡山県", "岡山市北区", "津島中"},
              new String[] {"7000024", "岡山県", "岡山市北区", "駅元町"},
              new String[] {"7100055", "岡山県", "倉敷市", "阿知"},
              new String[] {"7300011", "広島県", "広島市中区", "基町"},
              new String[] {"7600017", "香川県", "高松市", "番町"}));

  private static final List<String> BUILDINGS =
      List.of("コーポ若葉", "メゾン北斗", "ハイツ瀬戸", "グリーンハイツ", "サンライズ", "学生会館");

  private SampleMembers() {}

  /**
   * One made-up member: the applicant's details, and whether the enrollment is paid (the member
   * gets a number) or still an application.
   */
  public record Sample(
      PersonName name,
      LocalDate dateOfBirth,
      EmailAddress email,
      PhoneNumber phone,
      PostalAddress address,
      Affiliation affiliation,
      boolean paid) {}

  /**
   * {@code count} members of the co-op, the same list for the same code and count; the n-th has the
   * address {@code m000n.<code>@example.jp}. A co-op other than the demo ones lives in one of their
   * neighbourhoods.
   */
  public static List<Sample> of(String coopCode, int count) {
    Random random = new Random(SEED ^ coopCode.hashCode());
    List<String[]> streets =
        NEIGHBOURHOODS.getOrDefault(
            coopCode,
            List.copyOf(NEIGHBOURHOODS.values()).get(Math.floorMod(coopCode.hashCode(), 3)));
    String mailbox = coopCode.toLowerCase(Locale.ROOT);
    List<Sample> samples = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      samples.add(sample(random, streets, String.format(Locale.ROOT, "m%04d.%s", n, mailbox)));
    }
    return samples;
  }

  private static Sample sample(Random random, List<String[]> streets, String mailbox) {
    String[] family = FAMILY.get((int) (FAMILY.size() * Math.pow(random.nextDouble(), 2)));
    String[] given = pick(random, random.nextBoolean() ? MALE : FEMALE);
    Affiliation affiliation;
    LocalDate born;
    int who = random.nextInt(100);
    if (who < 82) {
      String faculty = pick(random, FACULTIES);
      int years = faculty.equals("医学部") ? 6 : 4;
      int entry = YEAR - random.nextInt(years);
      born = schoolYearBirthday(random, entry - 19);
      affiliation =
          new Affiliation(
              AffiliationKind.STUDENT, faculty, studentNumber(random, 'B', entry), entry);
    } else if (who < 92) {
      int entry = YEAR - random.nextInt(3);
      born = schoolYearBirthday(random, entry - 23 - random.nextInt(2));
      affiliation =
          new Affiliation(
              AffiliationKind.GRADUATE_STUDENT,
              pick(random, GRADUATE_SCHOOLS),
              studentNumber(random, 'M', entry),
              entry);
    } else if (who < 96) {
      born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(30 * 365));
      affiliation = new Affiliation(AffiliationKind.FACULTY, pick(random, FACULTIES), null, null);
    } else {
      born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(37 * 365));
      affiliation = new Affiliation(AffiliationKind.STAFF, pick(random, OFFICES), null, null);
    }
    String[] street = pick(random, streets);
    String line1 =
        street[3]
            + (1 + random.nextInt(5))
            + "-"
            + (1 + random.nextInt(20))
            + "-"
            + (1 + random.nextInt(15));
    String line2 =
        random.nextInt(3) == 0
            ? null
            : pick(random, BUILDINGS)
                + " "
                + (1 + random.nextInt(4))
                + "0"
                + (1 + random.nextInt(8));
    String phone =
        "0"
            + (7 + random.nextInt(3))
            + "0-"
            + (2000 + random.nextInt(8000))
            + "-"
            + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
    return new Sample(
        new PersonName(family[0], given[0], family[1], given[1]),
        born,
        EmailAddress.parse(mailbox + "@example.jp"),
        PhoneNumber.parse(phone),
        new PostalAddress(street[0], street[1], street[2], line1, line2),
        affiliation,
        random.nextInt(ONE_IN_APPLIED) != 0);
  }

  /**
   * A birthday in the school year from 2 April of {@code year}: who enters university in April at
   * 18 was born in the school year 19 years before.
   */
  private static LocalDate schoolYearBirthday(Random random, int year) {
    return LocalDate.of(year, 4, 2).plusDays(random.nextInt(365));
  }

  private static String studentNumber(Random random, char course, int entry) {
    return String.format(Locale.ROOT, "%c%02d%05d", course, entry % 100, random.nextInt(100_000));
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static List<String[]> pairs(String... pairs) {
    List<String[]> split = new ArrayList<>(pairs.length);
    for (String pair : pairs) {
      split.add(pair.split(" "));
    }
    return List.copyOf(split);
  }
}
