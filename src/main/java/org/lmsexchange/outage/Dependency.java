package org.lmsexchange.outage;

/** What the routes depend on and can lose for a while: each has its own outage, log lines and health check. */
public enum Dependency {

    LMS_DATABASE("lms-database", "the LMS database", "lms.jdbc.url"),
    EXCHANGE("exchange", "Exchange", "ews.url");

    private final String healthCheckId;
    private final String displayName;
    private final String setting;

    Dependency(String healthCheckId, String displayName, String setting) {
        this.healthCheckId = healthCheckId;
        this.displayName = displayName;
        this.setting = setting;
    }

    /** The id of its health check, as /observe/health shows it. */
    public String healthCheckId() {
        return healthCheckId;
    }

    /** Its name at the start of a sentence: "The LMS database", "Exchange". */
    public String subject() {
        return Character.toUpperCase(displayName.charAt(0)) + displayName.substring(1);
    }

    /** The setting that says where it is. */
    public String setting() {
        return setting;
    }
}
