package org.lmsexchange.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmsexchange.outage.OutageCauses;

/** Passwords inside URL-shaped values are masked; the rest of the URL stays readable. */
class UrlSecretsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlsAndTheirMaskedForms")
    void thePasswordOfEachUrlShapeIsMaskedAndTheRestKept(String url, String masked) {
        assertThat(UrlSecrets.mask(url)).isEqualTo(masked);
    }

    static Stream<Arguments> urlsAndTheirMaskedForms() {
        return Stream.of(
                arguments("jdbc:postgresql://db.example.com:5432/lms?user=connector&password=S3cret&ssl=true",
                        "jdbc:postgresql://db.example.com:5432/lms?user=connector&password=xxxxxx&ssl=true"),
                arguments("jdbc:mariadb://connector:S3cret@db.example.com:3306/lms",
                        "jdbc:mariadb://connector:xxxxxx@db.example.com:3306/lms"),
                arguments("jdbc:mariadb://connector:S3c@ret@db.example.com/lms",
                        "jdbc:mariadb://connector:xxxxxx@db.example.com/lms"),
                arguments("jdbc:h2:./lms-db;DATABASE_TO_LOWER=TRUE;USER=sa;PASSWORD=S3cret",
                        "jdbc:h2:./lms-db;DATABASE_TO_LOWER=TRUE;USER=sa;PASSWORD=xxxxxx"),
                arguments("jdbc:sqlserver://db;databaseName=lms;password=S3cret;encrypt=true",
                        "jdbc:sqlserver://db;databaseName=lms;password=xxxxxx;encrypt=true"),
                arguments("https://svc:S3cret@mail.example.com/EWS/Exchange.asmx?access_token=T0ken",
                        "https://svc:xxxxxx@mail.example.com/EWS/Exchange.asmx?access_token=xxxxxx"),
                arguments("jdbc:postgresql://db/lms?sslpassword=S3cret&clientSecret=S3cret",
                        "jdbc:postgresql://db/lms?sslpassword=xxxxxx&clientSecret=xxxxxx"));
    }

    @Test
    void textWithoutUrlPasswordsIsLeftAlone() {
        String text = "lms.jdbc.url 'jdbc:postgresql://db.example.com:5432/lms?currentSchema=lms' is fine; "
                + "https://mail.example.com/EWS/Exchange.asmx and user@example.com too";
        assertThat(UrlSecrets.mask(text)).isEqualTo(text);
        assertThat(UrlSecrets.mask(null)).isNull();
    }

    /** MariaDB's driver reads user:password@host as host:port and quotes the password as a port that is no number. */
    @Test
    void aRememberedPasswordIsMaskedWhereverADriverQuotesIt() {
        UrlSecrets.remember("jdbc:mariadb://connector:Rem3mbered-Pw@db.example.com:3306/lms");

        assertThat(UrlSecrets.mask("Incorrect port value : Rem3mbered-Pw@db.example.com"))
                .isEqualTo("Incorrect port value : xxxxxx@db.example.com");
    }

    /** An outage's reason is logged and shown by /observe/health: a driver quoting the URL must not show its password. */
    @Test
    void anOutageReasonQuotingTheUrlShowsNoPassword() {
        String reason = OutageCauses.reason(new SQLTransientConnectionException(
                "Connection to jdbc:postgresql://db.example.com/lms?user=connector&password=S3cret refused"));

        assertThat(reason).doesNotContain("S3cret").contains("password=xxxxxx", "db.example.com");
    }
}
