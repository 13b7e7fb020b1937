package archfixtures.cycle.left;

import archfixtures.cycle.right.Right;

/** One half of a package cycle. */
public class Left {
    public Right right() {
        return new Right();
    }
}
