package archfixtures.bootstrap;

/** A bootstrap class. */
public class Settings {
}
