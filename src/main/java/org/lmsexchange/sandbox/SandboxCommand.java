package org.lmsexchange.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar lms-exchange-connector.jar sandbox [options]}: runs the EWS sandbox until Ctrl-C and prints
 * how to connect to it.
 */
public final class SandboxCommand {

    private SandboxCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        EwsSandbox.Builder builder = EwsSandbox.builder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, "--port")));
                case "--host" -> builder.host(value(args, ++i, "--host"));
                case "--organizer" -> builder.organizer(value(args, ++i, "--organizer"));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        EwsSandbox sandbox = builder.start();
        System.out.println("EWS sandbox listening on " + sandbox.ewsUrl());
        System.out.println("Organizer mailbox: " + sandbox.organizer());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
