package org.steward.demo;

import java.util.List;
import java.util.Map;

/** Word lists the demo book draws plausible company, people, ticket and note texts from. */
final class DemoNames {

    static final List<String> COMPANY_FIRST = List.of(
            "Northwind", "Bluefin", "Crescent", "Ironbark", "Lumen", "Harbor", "Summit", "Redwood", "Quartz", "Meridian",
            "Cobalt", "Juniper", "Atlas", "Beacon", "Granite", "Silverline", "Evergreen", "Falcon", "Orchid", "Polaris",
            "Sable", "Tidewater", "Vantage", "Willow", "Zephyr", "Aurora", "Brightpath", "Cascade", "Driftwood", "Elm Street");
    static final List<String> COMPANY_SECOND = List.of(
            "Logistics", "Analytics", "Health", "Foods", "Robotics", "Insurance", "Energy", "Retail", "Labs", "Freight",
            "Media", "Dental Group", "Software", "Hospitality", "Manufacturing", "Capital", "Education", "Legal");
    static final List<String> INDUSTRIES = List.of(
            "Logistics", "Financial services", "Healthcare", "Retail", "Manufacturing", "Software", "Education", "Media");
    static final List<String> REGIONS = List.of("North America", "EMEA", "APAC", "LATAM");

    static final List<String> FIRST_NAMES = List.of(
            "Amelia", "Noah", "Sofia", "Liam", "Priya", "Mateo", "Hannah", "Kenji", "Olivia", "Lucas", "Fatima", "Ethan",
            "Chloe", "Omar", "Grace", "Diego", "Ingrid", "Samuel", "Leila", "Jonas", "Mei", "Daniel", "Zara", "Tomasz",
            "Isabel", "Arjun", "Nora", "Felix", "Aisha", "Henrik");
    static final List<String> LAST_NAMES = List.of(
            "Garcia", "Nguyen", "Schmidt", "Okafor", "Rossi", "Kowalski", "Patel", "Johansson", "Martin", "Silva",
            "Tanaka", "Murphy", "Haddad", "Dubois", "Fischer", "Larsen", "Moreau", "Novak", "Costa", "Brennan",
            "Yilmaz", "Andersen", "Kim", "Walsh", "Ferreira");

    static final List<String> CHAMPION_ROLES = List.of(
            "Head of Customer Operations", "VP Sales Operations", "Director of Support", "Operations Manager",
            "Head of RevOps", "Director of Analytics");
    static final List<String> OTHER_ROLES = List.of(
            "Executive Sponsor (CFO)", "IT Administrator", "Procurement Manager", "Team Lead", "Finance Manager",
            "Product Owner", "COO");

    /** Core features first (nearly every account uses them), advanced ones after. */
    static final List<String> CORE_FEATURES = List.of("dashboards", "reports", "alerts", "exports", "mobile-app");
    static final List<String> ADVANCED_FEATURES = List.of(
            "workflows", "integrations", "automations", "custom-fields", "sso", "audit-log", "forecasting", "sandbox",
            "api-webhooks");
    static final List<String> FIRST_TEAMS = List.of("sales", "support", "operations", "customer-success");
    static final List<String> NEW_TEAMS = List.of("marketing", "finance", "product", "hr", "legal");

    static final List<String> TICKET_SUBJECTS = List.of(
            "Dashboard loads slowly for large date ranges", "SSO login fails for new users", "Export to CSV truncates rows",
            "Webhook deliveries delayed", "Question about seat allocation", "Alert emails going to spam",
            "Report totals differ from billing", "Mobile app crashes on login", "API returns 429 during nightly sync",
            "Need help configuring workflows", "Custom field missing in report", "Invoice address change");
    static final List<String> URGENT_SUBJECTS = List.of(
            "Data sync stopped since last release", "Production integration failing with 500 errors",
            "Users locked out after SSO certificate change", "Reports show missing data for last week");

    static final List<String> NPS_PROMOTER = List.of(
            "Saves my team hours every week.", "Great support, quick answers.", "Dashboards are now part of our Monday meeting.",
            "", "Easy to roll out to new teams.");
    static final List<String> NPS_PASSIVE = List.of(
            "Good, but reporting could be more flexible.", "Works, a few rough edges.", "", "Pricing feels high for what we use.");
    static final List<String> NPS_DETRACTOR = List.of(
            "Too many bugs since the last release.", "Support takes days to answer.", "We struggle to get adoption beyond one team.",
            "Considering alternatives at renewal.", "");

    static final Map<UsageShape, List<String>> ASSESSMENT_NOTES = Map.of(
            UsageShape.HEALTHY, List.of("Steady usage; QBR held, executive sponsor engaged.",
                    "Happy with reporting; asked about the SSO roadmap.", "No open risks. Renewal looks routine."),
            UsageShape.GROWING, List.of("New teams onboarding; asked for a quote for more seats.",
                    "Hitting the API limit during the nightly sync: expansion conversation due.",
                    "Champion presented our results to their board."),
            UsageShape.DECLINING, List.of("Champion left in the reorg; the new owner is not engaged.",
                    "Usage dropping since their budget review; renewal at risk.",
                    "Evaluating a competitor; asked about contract exit terms."),
            UsageShape.ERRATIC, List.of("Usage comes in bursts around month-end reporting.",
                    "Project-driven use; quiet between projects.", "Outages on their side keep interrupting adoption."),
            UsageShape.ONBOARDING, List.of("Kickoff done; data integration in progress.", "Waiting for their IT to set up SSO.",
                    "First dashboards live; training scheduled."));
    static final String OPTIMISTIC_NOTE = "Relationship feels fine; no complaints raised.";

    private DemoNames() {
    }
}
