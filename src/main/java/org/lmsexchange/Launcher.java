package org.lmsexchange;

import java.util.Arrays;
import org.lmsexchange.backfill.BackfillCommand;
import org.lmsexchange.check.CheckCommand;
import org.lmsexchange.sandbox.SandboxCommand;

/**
 * The main jar's entry point: {@code java -jar lms-exchange-connector.jar [--config FILE]} runs the connector,
 * {@code java -jar lms-exchange-connector.jar sandbox ...} runs the EWS sandbox on its own,
 * {@code java -jar lms-exchange-connector.jar check [--write] [--config FILE]} checks the connector's settings,
 * {@code java -jar lms-exchange-connector.jar backfill --created-after INSTANT [--dry-run] [--config FILE]} connects
 * events created before the switch-on time.
 * Each works from any directory: the jar carries its settings and routes.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "sandbox".equals(args[0])) {
            SandboxCommand.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && "backfill".equals(args[0])) {
            BackfillCommand.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && "check".equals(args[0])) {
            CheckCommand.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            ConnectorApplication.main(args);
        }
    }
}
