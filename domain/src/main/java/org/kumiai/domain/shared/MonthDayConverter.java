package org.kumiai.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/** A yearly date such as a deadline (11-30), stored as {@code MM-dd} text. */
@Converter(autoApply = true)
public class MonthDayConverter implements AttributeConverter<MonthDay, String> {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM-dd");

  @Override
  public String convertToDatabaseColumn(MonthDay day) {
    return day == null ? null : day.format(FORMAT);
  }

  @Override
  public MonthDay convertToEntityAttribute(String value) {
    return value == null ? null : MonthDay.parse(value, FORMAT);
  }
}
