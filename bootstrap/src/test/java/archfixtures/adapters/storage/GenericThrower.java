package archfixtures.adapters.storage;

/** Breaks "no generic exceptions". */
public class GenericThrower {
    public void fail() {
        throw new RuntimeException("something went wrong");
    }
}
