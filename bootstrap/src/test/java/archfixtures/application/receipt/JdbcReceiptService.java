package archfixtures.application.receipt;

import java.sql.Connection;

/** Breaks "no JDBC in application": JDBC is in the JDK, but it is the persistence adapter's business. */
public class JdbcReceiptService {
    public boolean closed(Connection connection) throws java.sql.SQLException {
        return connection.isClosed();
    }
}
