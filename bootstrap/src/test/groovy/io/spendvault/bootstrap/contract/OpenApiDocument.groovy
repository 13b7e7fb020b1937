package io.spendvault.bootstrap.contract

import org.yaml.snakeyaml.LoaderOptions
import org.yaml.snakeyaml.Yaml

/**
 * The OpenAPI document the build generates (the one served at /api/v1/openapi/), read for specs: its
 * operations, and whether a JSON value conforms to one of its schemas.
 */
class OpenApiDocument {

    static final String RESOURCE = 'META-INF/swagger/spendvault-api-v1.yml'
    static final List<String> METHODS = ['get', 'put', 'post', 'delete', 'patch']

    final Map document

    private OpenApiDocument(Map document) {
        this.document = document
    }

    static OpenApiDocument load() {
        def stream = OpenApiDocument.classLoader.getResourceAsStream(RESOURCE)
        assert stream != null: "$RESOURCE is not on the class path: the REST adapter's build generates it"
        stream.withCloseable { new OpenApiDocument(new Yaml(new LoaderOptions()).load(it) as Map) }
    }

    /** Every documented operation. */
    List<Operation> operations() {
        document.paths.collectMany { String path, Map item ->
            item.findAll { it.key in METHODS }.collect { String method, Map operation -> new Operation(method.toUpperCase(), path, operation) }
        }
    }

    Operation operation(String method, String path) {
        def operation = operations().find { it.method == method && it.path == path }
        assert operation != null: "$method $path is not documented"
        operation
    }

    Map resolve(Map schema) {
        if (schema?.'$ref') {
            String name = (schema.'$ref' as String).substring('#/components/schemas/'.length())
            Map target = document.components.schemas[name] as Map
            assert target != null: "schema $name is referenced but not defined"
            return resolve(target)
        }
        schema
    }

    /** What is wrong with {@code value} as an instance of {@code schema}; empty when it conforms. */
    List<String> problems(Map schema, Object value, String at = '$') {
        Map resolved = resolve(schema)
        if (resolved == null || resolved.isEmpty()) {
            return []
        }
        if (value == null) {
            return resolved.nullable ? [] : ["$at is null but not nullable".toString()]
        }
        if (resolved.oneOf) {
            return resolved.oneOf.any { problems(it as Map, value, at).isEmpty() } ? [] : ["$at matches none of oneOf".toString()]
        }
        if (resolved.allOf) {
            return resolved.allOf.collectMany { problems(it as Map, value, at) }
        }
        if (resolved.enum && !(value in resolved.enum)) {
            return ["$at is '$value', not one of ${resolved.enum}".toString()]
        }
        switch (resolved.type ?: (resolved.properties ? 'object' : null)) {
            case 'object':
                if (!(value instanceof Map)) {
                    return ["$at is not an object".toString()]
                }
                return objectProblems(resolved, value as Map, at)
            case 'array':
                if (!(value instanceof List)) {
                    return ["$at is not an array".toString()]
                }
                return (value as List).withIndex().collectMany { item, i -> problems(resolved.items as Map, item, "$at[$i]") }
            case 'string':
                return value instanceof String ? [] : ["$at is not a string: $value".toString()]
            case 'integer':
                return value instanceof Integer || value instanceof Long || value instanceof BigInteger ? []
                        : ["$at is not an integer: $value".toString()]
            case 'number':
                return value instanceof Number ? [] : ["$at is not a number: $value".toString()]
            case 'boolean':
                return value instanceof Boolean ? [] : ["$at is not a boolean: $value".toString()]
            default:
                return []
        }
    }

    /**
     * The names the server writes must be exactly the documented ones: no undocumented property, and every
     * documented property present unless it may be left out (nullable, as the error body's field_errors).
     */
    private List<String> objectProblems(Map schema, Map value, String at) {
        Map properties = schema.properties as Map ?: [:]
        if (properties.isEmpty()) {
            return [] // a free-form map, such as field_errors or health details
        }
        List<String> found = []
        (value.keySet() - properties.keySet()).each { found << "$at.$it is written but not documented".toString() }
        properties.each { String name, Map property ->
            if (value.containsKey(name)) {
                found.addAll(problems(property, value[name], "$at.$name"))
            } else if (!resolve(property)?.nullable && !property.nullable) {
                found << "$at.$name is documented but not written".toString()
            }
        }
        found
    }

    static class Operation {
        final String method
        final String path
        final Map spec

        Operation(String method, String path, Map spec) {
            this.method = method
            this.path = path
            this.spec = spec
        }

        Set<Integer> statuses() {
            (spec.responses as Map).keySet().collect { it as Integer } as Set
        }

        /** The alternatives of the security requirement (bearer or cookie); empty when none is needed. */
        Set<String> security() {
            (spec.security ?: []).collectMany { (it as Map).keySet() } as Set
        }

        /**
         * The JSON schema of a response. The generator lists a route's errors under the media types the route
         * produces (any type for downloads, image/png for thumbnails), so those are looked at too.
         */
        Map responseSchema(int status) {
            Map content = spec.responses?."$status"?.content as Map
            (content?.'application/json' ?: content?.values()?.find())?.schema as Map
        }

        Map jsonRequestSchema() {
            spec.requestBody?.content?.'application/json'?.schema as Map
        }

        Map multipartRequestSchema() {
            spec.requestBody?.content?.'multipart/form-data'?.schema as Map
        }

        List<Map> parameters(String where) {
            (spec.parameters ?: []).findAll { it.in == where } as List<Map>
        }

        @Override
        String toString() {
            "$method $path"
        }
    }
}
