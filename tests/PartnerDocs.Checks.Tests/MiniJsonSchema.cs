using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerDocs.Tests.Validation;

/// <summary>
/// The subset of JSON Schema the SARIF 2.1.0 schema uses ($ref, type, properties, required, additionalProperties,
/// items, minItems, uniqueItems, minimum, maximum, enum, pattern, anyOf, oneOf; "format" is not checked),
/// because no full validator package is available to the tests.
/// </summary>
internal sealed class MiniJsonSchema(JsonObject root)
{
    public List<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? node, string path, List<string> errors)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            Check(root["definitions"]![name]!.AsObject(), node, path, errors);
        }

        if (schema["type"] is { } type && !TypeMatches(type, node))
        {
            errors.Add($"{path}: expected {type.ToJsonString()}, got {Kind(node)}");
            return;
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, node)))
        {
            errors.Add($"{path}: {node?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        if (schema["pattern"] is JsonValue pattern && node is JsonValue text && text.GetValueKind() == JsonValueKind.String && !Regex.IsMatch((string)text!, (string)pattern!))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (node is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
        {
            if (schema["minimum"] is { } min && (double)number < (double)min) errors.Add($"{path}: below minimum {min}");
            if (schema["maximum"] is { } max && (double)number > (double)max) errors.Add($"{path}: above maximum {max}");
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Validates(s!.AsObject(), node, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema["oneOf"] is JsonArray oneOf && oneOf.Count(s => Validates(s!.AsObject(), node, path)) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }

        if (node is JsonObject obj)
        {
            CheckObject(schema, obj, path, errors);
        }
        else if (node is JsonArray array)
        {
            if (schema["minItems"] is { } minItems && array.Count < (int)minItems) errors.Add($"{path}: fewer than {minItems} items");
            if (schema["uniqueItems"] is JsonValue unique && (bool)unique && array.Select(i => i?.ToJsonString()).Distinct().Count() != array.Count) errors.Add($"{path}: items are not unique");
            if (schema["items"] is JsonObject items)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Check(items, array[i], $"{path}[{i}]", errors);
                }
            }
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, List<string> errors)
    {
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => (string)r!))
        {
            if (!obj.ContainsKey(required)) errors.Add($"{path}: missing required '{required}'");
        }

        var properties = schema["properties"] as JsonObject;
        foreach (var (key, value) in obj)
        {
            if (properties?[key] is JsonObject property)
            {
                Check(property, value, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !(bool)allowed)
            {
                errors.Add($"{path}: property '{key}' is not allowed");
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, value, $"{path}.{key}", errors);
            }
        }
    }

    private bool Validates(JsonObject schema, JsonNode? node, string path)
    {
        var errors = new List<string>();
        Check(schema, node, path, errors);
        return errors.Count == 0;
    }

    private static bool TypeMatches(JsonNode type, JsonNode? node) =>
        type is JsonArray many ? many.Any(t => TypeMatches(t!, node)) : (string)type! switch
        {
            "object" => node is JsonObject,
            "array" => node is JsonArray,
            "string" => Kind(node) == "string",
            "boolean" => Kind(node) is "true" or "false",
            "integer" => Kind(node) == "number" && ((double)node!.AsValue()) % 1 == 0,
            "number" => Kind(node) == "number",
            "null" => node is null,
            _ => true,
        };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind().ToString().ToLowerInvariant(),
        _ => "unknown",
    };
}
