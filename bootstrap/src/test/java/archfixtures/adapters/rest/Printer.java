package archfixtures.adapters.rest;

/** Breaks "no standard streams": logging belongs in a logger. */
public class Printer {
    public void print(String line) {
        System.out.println(line);
    }
}
