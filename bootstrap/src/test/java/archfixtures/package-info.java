/**
 * Classes that each break one architecture rule on purpose. The bite spec evaluates the project's rules
 * against them (rooted at {@code archfixtures}) and asserts that every rule reports its violation.
 */
package archfixtures;
