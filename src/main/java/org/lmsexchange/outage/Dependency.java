package org.lmsexchange.outage;

/** What the routes depend on and can lose for a while: each has its own outage, log lines and health check. */
public enum Dependency {

    LMS_DATABASE("lms-database", "the LMS database", "that the database server is up and lms.jdbc.* is right"),
    EXCHANGE("exchange", "Exchange", "the ews.* settings with the check command");

    private final String healthCheckId;
    private final String displayName;
    private final String whatToCheck;

    Dependency(String healthCheckId, String displayName, String whatToCheck) {
        this.healthCheckId = healthCheckId;
        this.displayName = displayName;
        this.whatToCheck = whatToCheck;
    }

    /** The id of its health check, as /observe/health shows it. */
    public String healthCheckId() {
        return healthCheckId;
    }

    /** Its name at the start of a sentence: "The LMS database", "Exchange". */
    public String subject() {
        return Character.toUpperCase(displayName.charAt(0)) + displayName.substring(1);
    }

    /** What an operator should check when an outage lasts, e.g. "the ews.* settings with the check command". */
    public String whatToCheck() {
        return whatToCheck;
    }
}
