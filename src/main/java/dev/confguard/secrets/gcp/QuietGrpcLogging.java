package dev.confguard.secrets.gcp;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * gRPC, gax and the auth library log through java.util.logging, whose default handler prints warnings
 * (user-credential advice, channel and netty notices) to stderr. A CLI reports failures itself in one line,
 * so their loggers are switched off. The loggers are held here because java.util.logging keeps only weak
 * references, and a collected logger would forget its level.
 */
final class QuietGrpcLogging {
    private static final List<Logger> SILENCED = List.of(Logger.getLogger("io.grpc"), Logger.getLogger("com.google"));

    private QuietGrpcLogging() {
    }

    static void apply() {
        for (Logger logger : SILENCED) {
            logger.setLevel(Level.OFF);
        }
    }
}
