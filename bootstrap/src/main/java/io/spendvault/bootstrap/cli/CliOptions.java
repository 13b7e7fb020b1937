package io.spendvault.bootstrap.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} and {@code --flag} options of an ops command, with a clear error for anything else. */
final class CliOptions {

    private final Map<String, String> values = new LinkedHashMap<>();

    private CliOptions() {
    }

    static CliOptions parse(List<String> args, List<String> flags) {
        CliOptions options = new CliOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                options.values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (flags.contains(name)) {
                options.values.put(name, "true");
            } else if (i + 1 < args.size()) {
                options.values.put(name, args.get(++i));
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
        }
        return options;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new UsageException("option --" + name + " is required"));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** Fails on options the command does not know, so a typo never silently changes what runs. */
    void allowOnly(List<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }

    /** Wrong command-line use: the message is for the operator, with the usage text. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
