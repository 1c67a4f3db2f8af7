package org.lmsexchange.lms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement from application.properties with named parameters written {@code :?name}, as camel-jdbc takes them
 * from headers, so that the statements the routes run and those run here in one transaction read alike.
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile(":\\?(\\w+)");

    private final String setting;
    private final String jdbcSql;
    private final List<String> names = new ArrayList<>();

    /** @param setting the property the statement comes from, named in errors */
    NamedSql(String setting, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException(setting + " is not set");
        }
        this.setting = setting;
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        this.jdbcSql = jdbc.toString();
    }

    /** The statement with its parameters set from {@code values}; a name missing from them is an error. */
    PreparedStatement prepare(Connection connection, Map<String, Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbcSql);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                statement.close();
                throw new IllegalArgumentException(setting + " uses :?" + name + ", which is not one of " + values.keySet());
            }
            statement.setObject(i + 1, values.get(name));
        }
        return statement;
    }
}
