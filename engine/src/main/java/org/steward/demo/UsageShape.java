package org.steward.demo;

/** How an account's product usage moves over the demo's usage window. */
enum UsageShape {
    /** Steady adoption with ordinary weekly rhythm and noise. */
    HEALTHY,
    /** Logins down 30–50 % over the last weeks, feature breadth shrinking, fewer seats and API calls. */
    DECLINING,
    /** Seats towards more than 85 % of purchased, API near the plan limit, new teams joining. */
    GROWING,
    /** Week-to-week swings, days without any use and API spikes. */
    ERRATIC,
    /** Signed in the last weeks; usage ramps up from the contract start. */
    ONBOARDING
}
