package io.spendvault.adapters.rest.common;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns Java names of invalid inputs into the snake_case names clients send. */
public final class FieldNames {

    private FieldNames() {
    }

    /**
     * The client-facing name of a constraint violation's path: {@code register.request.firstName} →
     * {@code first_name}, {@code list.size} (a query value) → {@code size}, {@code create.request.tags[2]}
     * → {@code tags[2]}. Method and body-parameter steps say nothing to a client and are dropped.
     */
    static String of(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                name = snakeCase(node.getName()) + (node.getIndex() != null ? "[" + node.getIndex() + "]" : "");
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null && name != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKind() == ElementKind.PARAMETER) {
                name = snakeCase(node.getName());
            }
        }
        return name != null ? name : path.toString();
    }

    public static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
