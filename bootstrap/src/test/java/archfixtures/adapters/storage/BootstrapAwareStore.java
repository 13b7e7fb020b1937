package archfixtures.adapters.storage;

import archfixtures.bootstrap.Settings;

/** Breaks "nothing depends on bootstrap". */
public class BootstrapAwareStore {
    public String root(Settings settings) {
        return settings.toString();
    }
}
