package dev.confguard.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.regexp.Regexp;

/**
 * The keys a service schema describes, found once per schema by walking its object schemas through
 * references, {@code allOf}/{@code anyOf}/{@code oneOf} and the {@code then}/{@code else} of
 * conditions. Every schema that applies to a key constrains it at once, so its types are the
 * intersection of theirs; a schema that constrains no type leaves them open.
 */
final class SchemaProperties {
    private final Map<String, List<Schema>> named = new LinkedHashMap<>();
    private final Map<String, List<Schema>> patterns = new LinkedHashMap<>();
    private final Map<String, Regexp> matchers = new LinkedHashMap<>();
    private final List<Schema> additional = new ArrayList<>();
    private final Map<String, KeyShape> shapes = new ConcurrentHashMap<>();
    /** Shapes by the schemas that apply, compared by identity: keys of one pattern share theirs. */
    private final Map<Applying, KeyShape> byApplying = new ConcurrentHashMap<>();

    private static final MemoizedRe2j REGEXPS = new MemoizedRe2j();

    private SchemaProperties() {
    }

    /** Named keys and patterns with {@code x-secret}, and whether the additional properties' schema has it. */
    private final Set<String> secretNames = new java.util.HashSet<>();
    private final List<String> secretPatterns = new ArrayList<>();
    private boolean secretAdditional;

    static SchemaProperties of(Schema root) {
        SchemaProperties p = new SchemaProperties();
        p.collect(root, Collections.newSetFromMap(new IdentityHashMap<>()));
        p.named.forEach((key, schemas) -> {
            if (schemas.stream().anyMatch(SchemaProperties::isSecret)) {
                p.secretNames.add(key);
            }
        });
        p.patterns.forEach((pattern, schemas) -> {
            if (schemas.stream().anyMatch(SchemaProperties::isSecret)) {
                p.secretPatterns.add(pattern);
            }
        });
        p.secretAdditional = p.additional.stream().anyMatch(SchemaProperties::isSecret);
        return p;
    }

    /**
     * Whether the schema marks the key {@code x-secret}: as {@code shape(key).secret()}, without working
     * out the shape of every key of every configuration when only a few keys or patterns are secret.
     */
    boolean marksSecret(String key) {
        if (secretNames.contains(key)) {
            return true;
        }
        for (String pattern : secretPatterns) {
            if (matchers.get(pattern).patternMatchingFailure(key).isEmpty()) {
                return true;
            }
        }
        return secretAdditional && shape(key).secret();
    }

    private static boolean isSecret(Schema schema) {
        return Boolean.TRUE.equals(annotation(schema, "x-secret", newVisited()));
    }

    /** The keys the schema names, for "did you mean". */
    Set<String> names() {
        return new TreeSet<>(named.keySet());
    }

    /** What the schema says about a key (a key it does not describe is unconstrained). */
    KeyShape shape(String key) {
        return shapes.computeIfAbsent(key, this::computeShape);
    }

    private KeyShape computeShape(String key) {
        List<Schema> applying = new ArrayList<>(named.getOrDefault(key, List.of()));
        for (Map.Entry<String, List<Schema>> e : patterns.entrySet()) {
            if (matchers.get(e.getKey()).patternMatchingFailure(key).isEmpty()) {
                applying.addAll(e.getValue());
            }
        }
        if (applying.isEmpty()) {
            applying.addAll(additional);
        }
        if (applying.isEmpty()) {
            return KeyShape.UNCONSTRAINED;
        }
        return byApplying.computeIfAbsent(new Applying(applying), a -> shapeOf(a.schemas()));
    }

    /** A list of schemas that equals another with the very same schemas (everit's equals compares deeply). */
    private record Applying(List<Schema> schemas) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Applying) || ((Applying) o).schemas.size() != schemas.size()) {
                return false;
            }
            for (int i = 0; i < schemas.size(); i++) {
                if (schemas.get(i) != ((Applying) o).schemas.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (Schema s : schemas) {
                h = 31 * h + System.identityHashCode(s);
            }
            return h;
        }
    }

    private static KeyShape shapeOf(List<Schema> applying) {
        EnumSet<JsonType> types = JsonType.any();
        boolean secret = false;
        String separator = null;
        ArraySchema array = null;
        for (Schema s : applying) {
            types = JsonType.intersect(types, typesOf(s, newVisited()));
            secret |= isSecret(s);
            if (separator == null && annotation(s, "x-separator", newVisited()) instanceof String) {
                separator = (String) annotation(s, "x-separator", newVisited());
            }
            if (array == null) {
                array = arrayIn(s, newVisited());
            }
        }
        KeyShape items = array == null || array.getAllItemSchema() == null ? null
                : shapeOf(List.of(array.getAllItemSchema()));
        return new KeyShape(types, secret, separator == null ? KeyShape.DEFAULT_SEPARATOR : separator, items);
    }

    private void collect(Schema schema, Set<Schema> visited) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        if (schema instanceof ReferenceSchema) {
            collect(((ReferenceSchema) schema).getReferredSchema(), visited);
        } else if (schema instanceof CombinedSchema) {
            for (Schema sub : ((CombinedSchema) schema).getSubschemas()) {
                collect(sub, visited);
            }
        } else if (schema instanceof ConditionalSchema) {
            ((ConditionalSchema) schema).getThenSchema().ifPresent(s -> collect(s, visited));
            ((ConditionalSchema) schema).getElseSchema().ifPresent(s -> collect(s, visited));
        } else if (schema instanceof ObjectSchema) {
            ObjectSchema object = (ObjectSchema) schema;
            object.getPropertySchemas().forEach((k, s) -> named.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
            object.getPatternProperties().forEach((p, s) -> {
                // everit's own matchers, memoized: the same keys meet the same patterns in every configuration
                matchers.computeIfAbsent(p.pattern(), REGEXPS::createHandler);
                patterns.computeIfAbsent(p.pattern(), x -> new ArrayList<>()).add(s);
            });
            if (object.getSchemaOfAdditionalProperties() != null) {
                additional.add(object.getSchemaOfAdditionalProperties());
            }
            object.getSchemaDependencies().values().forEach(s -> collect(s, visited));
        }
    }

    private static Set<Schema> newVisited() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The JSON types a schema accepts. */
    static EnumSet<JsonType> typesOf(Schema schema, Set<Schema> visited) {
        if (schema == null || !visited.add(schema)) {
            return JsonType.any();
        }
        if (schema instanceof ReferenceSchema) {
            return typesOf(((ReferenceSchema) schema).getReferredSchema(), visited);
        }
        if (schema instanceof NumberSchema) {
            NumberSchema n = (NumberSchema) schema;
            return n.requiresInteger() ? EnumSet.of(JsonType.INTEGER)
                    : n.isRequiresNumber() ? EnumSet.of(JsonType.NUMBER) : JsonType.any();
        }
        if (schema instanceof StringSchema) {
            return ((StringSchema) schema).requireString() ? EnumSet.of(JsonType.STRING) : JsonType.any();
        }
        if (schema instanceof BooleanSchema) {
            return EnumSet.of(JsonType.BOOLEAN);
        }
        if (schema instanceof NullSchema) {
            return EnumSet.of(JsonType.NULL);
        }
        if (schema instanceof ArraySchema) {
            return ((ArraySchema) schema).requiresArray() ? EnumSet.of(JsonType.ARRAY) : JsonType.any();
        }
        if (schema instanceof ObjectSchema) {
            return ((ObjectSchema) schema).requiresObject() ? EnumSet.of(JsonType.OBJECT) : JsonType.any();
        }
        if (schema instanceof EnumSchema) {
            EnumSet<JsonType> out = EnumSet.noneOf(JsonType.class);
            for (Object value : ((EnumSchema) schema).getPossibleValuesAsList()) {
                out.add(JsonType.of(value));
            }
            return out;
        }
        if (schema instanceof ConstSchema) {
            return EnumSet.of(JsonType.of(((ConstSchema) schema).getPermittedValue()));
        }
        if (schema instanceof CombinedSchema) {
            CombinedSchema combined = (CombinedSchema) schema;
            boolean all = combined.getCriterion() == CombinedSchema.ALL_CRITERION;
            EnumSet<JsonType> out = all ? JsonType.any() : EnumSet.noneOf(JsonType.class);
            for (Schema sub : combined.getSubschemas()) {
                EnumSet<JsonType> types = typesOf(sub, visited);
                out = all ? JsonType.intersect(out, types) : JsonType.union(out, types);
            }
            return out.isEmpty() ? JsonType.any() : out;
        }
        return JsonType.any();
    }

    /** The first value of an {@code x-} annotation on the schema, its reference or its combined parts. */
    private static Object annotation(Schema schema, String name, Set<Schema> visited) {
        if (schema == null || !visited.add(schema)) {
            return null;
        }
        Object own = schema.getUnprocessedProperties().get(name);
        if (own != null) {
            return own;
        }
        if (schema instanceof ReferenceSchema) {
            return annotation(((ReferenceSchema) schema).getReferredSchema(), name, visited);
        }
        if (schema instanceof CombinedSchema) {
            for (Schema sub : ((CombinedSchema) schema).getSubschemas()) {
                Object found = annotation(sub, name, visited);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static ArraySchema arrayIn(Schema schema, Set<Schema> visited) {
        if (schema == null || !visited.add(schema)) {
            return null;
        }
        if (schema instanceof ArraySchema) {
            return (ArraySchema) schema;
        }
        if (schema instanceof ReferenceSchema) {
            return arrayIn(((ReferenceSchema) schema).getReferredSchema(), visited);
        }
        if (schema instanceof CombinedSchema) {
            for (Schema sub : ((CombinedSchema) schema).getSubschemas()) {
                ArraySchema found = arrayIn(sub, visited);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
