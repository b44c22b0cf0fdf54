package io.highbar.interview.session.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON tree as a BSON document and back, value by value: objects become sub-documents, numbers stay numbers (an
 * evaluation's {@code overall} is a double MongoDB can compare), so what is stored can be queried field by field.
 * The records' JSON form (the contracts' {@code EventJson}) decides names and shapes; nothing passes through JSON text.
 */
final class BsonTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BsonTree() {
    }

    /** @return a {@link Document} for an object node, a list for an array, else the plain value */
    static Object toBson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Document document = new Document();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                document.append(field.getKey(), toBson(field.getValue()));
            }
            return document;
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(toBson(element)));
            return values;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asString();
    }

    static Document toDocument(JsonNode node) {
        return (Document) toBson(node);
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> document) {
            ObjectNode object = NODES.objectNode();
            document.forEach((key, field) -> object.set(key.toString(), toJson(field)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Decimal128 number) {
            return NODES.numberNode(number.bigDecimalValue());
        }
        if (value instanceof Date date) {
            return NODES.stringNode(date.toInstant().toString());
        }
        if (value instanceof ObjectId id) {
            return NODES.stringNode(id.toHexString());
        }
        return NODES.stringNode(value.toString());
    }
}
