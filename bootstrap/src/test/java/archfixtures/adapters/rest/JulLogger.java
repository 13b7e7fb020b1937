package archfixtures.adapters.rest;

import java.util.logging.Logger;

/** Breaks "no java.util.logging". */
public class JulLogger {
    private static final Logger LOG = Logger.getLogger("fixture");

    public void log(String line) {
        LOG.info(line);
    }
}
