package org.steward.play;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.steward.account.Segment;

/**
 * The renewal play ({@code steward.plays.renewal.*}): how many days before the renewal date each step starts —
 * internal health assessment ({@code healthAssessmentDays}, 120), customer success review ({@code successReviewDays},
 * 90), commercial talks ({@code renewalTalksDays}, 60) — and, per segment, an earlier start of the health assessment
 * ({@code healthAssessmentDaysBySegment.ENTERPRISE=180}).
 */
@ConfigurationProperties("steward.plays.renewal")
public record RenewalPlayProperties(
        @DefaultValue("120") int healthAssessmentDays,
        @DefaultValue("90") int successReviewDays,
        @DefaultValue("60") int renewalTalksDays,
        Map<Segment, Integer> healthAssessmentDaysBySegment) {

    public RenewalPlayProperties {
        healthAssessmentDaysBySegment = healthAssessmentDaysBySegment == null
                ? Map.of(Segment.ENTERPRISE, 180) : Map.copyOf(healthAssessmentDaysBySegment);
        if (!(healthAssessmentDays >= successReviewDays && successReviewDays >= renewalTalksDays && renewalTalksDays >= 0)) {
            throw new IllegalArgumentException("steward.plays.renewal: health-assessment-days >= success-review-days"
                    + " >= renewal-talks-days >= 0");
        }
    }

    /** Days before renewal at which this segment's health assessment starts. */
    int healthAssessmentDays(Segment segment) {
        return segment == null ? healthAssessmentDays : healthAssessmentDaysBySegment.getOrDefault(segment, healthAssessmentDays);
    }
}
