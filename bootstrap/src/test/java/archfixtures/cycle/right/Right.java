package archfixtures.cycle.right;

import archfixtures.cycle.left.Left;

/** The other half of a package cycle. */
public class Right {
    public Left left() {
        return new Left();
    }
}
