package org.kumiai.service.coop;

import java.util.List;
import org.kumiai.domain.coop.Closure;
import org.kumiai.domain.coop.OpeningPeriod;
import org.kumiai.domain.coop.OpeningStatus;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.shared.LocalizedText;

/** A store as the directory shows it at one instant: open or not, hours and closures ahead. */
public record StoreView(
    String code,
    StoreKind kind,
    LocalizedText name,
    LocalizedText location,
    String phone,
    OpeningStatus status,
    List<OpeningPeriod> weeklyPeriods,
    List<Closure> upcomingClosures) {}
