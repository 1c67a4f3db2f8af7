package org.lmsexchange;

import java.util.Arrays;
import org.lmsexchange.sandbox.SandboxCommand;

/**
 * The main jar's entry point: {@code java -jar lms-exchange-connector.jar sandbox ...} runs the EWS sandbox.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "sandbox".equals(args[0])) {
            SandboxCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.err.println("usage: java -jar lms-exchange-connector.jar sandbox [--help]");
        System.exit(2);
    }
}
