package org.lmsexchange.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** What the connector logs while a test runs, to count how often an operator is told something. */
final class CapturedLog extends AbstractAppender implements AutoCloseable {

    private final List<LogEvent> events = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        super("captured-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Starts capturing everything at INFO and above that reaches the root logger. */
    static CapturedLog capture() {
        CapturedLog log = new CapturedLog();
        log.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(log, Level.INFO, null);
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        events.add(event.toImmutable());
    }

    /** How many messages at this level contain the text. */
    long count(Level level, String text) {
        return events.stream()
                .filter(e -> e.getLevel() == level && e.getMessage().getFormattedMessage().contains(text))
                .count();
    }

    /** The names of the threads that logged messages at this level containing the text, one per message. */
    List<String> threads(Level level, String text) {
        return events.stream()
                .filter(e -> e.getLevel() == level && e.getMessage().getFormattedMessage().contains(text))
                .map(LogEvent::getThreadName)
                .toList();
    }

    /** Every message with its logger, level and thread, and the stack trace of any exception logged with it. */
    String everything() {
        StringBuilder text = new StringBuilder();
        for (LogEvent event : events) {
            text.append(event.getLevel()).append(' ').append(event.getThreadName()).append(' ')
                    .append(event.getLoggerName()).append(' ').append(event.getMessage().getFormattedMessage()).append('\n');
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.updateLoggers();
        stop();
    }
}
