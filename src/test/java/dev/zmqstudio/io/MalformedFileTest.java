package dev.zmqstudio.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every way a file can be wrong gives one exact line: file:line:column: what is wrong. */
class MalformedFileTest {

    private static final String SOCKET = """
            {"format": 1, "nodes": [{"id": "p", "type": "PUSH", %s}]}""";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExactProblemAndWhereItIs(String name, String json, String expected) {
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.parse(json, "t.json"));
        assertEquals(expected, e.getMessage());
    }

    private static String socket(String fields) {
        return SOCKET.formatted(fields);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- not JSON, or broken JSON
                arguments("empty file", "",
                        "t.json:1:1: the file is empty; expected a JSON object"),
                arguments("only whitespace", "  \n  ",
                        "t.json:2:3: the file is empty; expected a JSON object"),
                arguments("not JSON at all", "hello world",
                        "t.json:1:1: 'hello' is not a JSON value; expected a value (a string in double quotes, a number, an object, an array, true, false or null)"),
                arguments("XML", "<topology/>",
                        "t.json:1:1: expected a value (a string in double quotes, a number, an object, an array, true, false or null), found '<'"),
                arguments("truncated file", "{\n  \"format\": 1,\n  \"nodes\": [\n    {\"id\": \"a\"",
                        "t.json:4:15: the file ends before the object opened at line 4, column 5 is closed with '}'"),
                arguments("truncated in array", "{\"format\": 1, \"nodes\": [",
                        "t.json:1:25: the file ends before the array opened at line 1, column 24 is closed with ']'"),
                arguments("truncated in string", "{\"format\": 1, \"name\": \"push",
                        "t.json:1:28: the file ends inside a string: its closing quote is missing"),
                arguments("trailing comma in object", "{\"format\": 1, \"nodes\": [],}",
                        "t.json:1:27: trailing comma before '}'; remove the last ','"),
                arguments("trailing comma in array", "{\"format\": 1, \"nodes\": [{\"id\": \"a\", \"type\": \"PUB\"},]}",
                        "t.json:1:52: trailing comma before ']'; remove the last ','"),
                arguments("missing colon", "{\"format\" 1}",
                        "t.json:1:11: expected ':' after the field name, found '1'"),
                arguments("missing comma", "{\"format\": 1\n \"nodes\": []}",
                        "t.json:2:2: expected ',' or '}' after a field value, found '\"'"),
                arguments("missing comma in array", "{\"format\": 1, \"nodes\": [], \"wires\": [{} {}]}",
                        "t.json:1:41: expected ',' or ']' after an array item, found '{'"),
                arguments("single quotes", "{'format': 1}",
                        "t.json:1:2: expected a field name in double quotes, found '''"),
                arguments("comment", "{\n  // a topology\n  \"format\": 1}",
                        "t.json:2:3: comments are not allowed in JSON"),
                arguments("unquoted word as value", "{\"format\": 1, \"name\": push}",
                        "t.json:1:23: 'push' is not a JSON value; expected a value (a string in double quotes, a number, an object, an array, true, false or null)"),
                arguments("line break inside a string", "{\"format\": 1, \"name\": \"a\nb\"}",
                        "t.json:1:25: character U+000A must be escaped inside a string (write \\n for a line break, \\t for a tab)"),
                arguments("file ends after a comma", "{\"format\": 1,",
                        "t.json:1:14: the file ends before the object opened at line 1, column 1 is closed with '}'"),
                arguments("invalid escape", "{\"format\": 1, \"name\": \"a\\x\"}",
                        "t.json:1:26: invalid escape '\\x' in a string; JSON knows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX"),
                arguments("short unicode escape", "{\"format\": 1, \"name\": \"\\u12\"}",
                        "t.json:1:28: expected 4 hex digits after \\u in a string, found '\"'"),
                arguments("nested too deeply", "{\"format\": 1, \"nodes\": " + "[".repeat(1001) + "]".repeat(1001) + "}",
                        "t.json:1:1024: the JSON is nested more than 1000 levels deep"),
                arguments("number too long", "{\"format\": 1" + "0".repeat(1000) + "}",
                        "t.json:1:1013: a number is longer than 1000 digits"),
                arguments("leading zero", "{\"format\": 01}",
                        "t.json:1:13: invalid number: leading zeroes not allowed"),
                arguments("NaN", "{\"format\": NaN}",
                        "t.json:1:15: NaN is not a JSON number"),
                arguments("garbage after the end", "{\"format\": 1, \"nodes\": []} x",
                        "t.json:1:28: unexpected content after the end of the top-level object"),
                arguments("BOM after the end", "{\"format\": 1, \"nodes\": []}\n\uFEFF",
                        "t.json:2:1: unexpected content after the end of the top-level object"),
                arguments("second object after the end", "{\"format\": 1, \"nodes\": []}\n{}",
                        "t.json:2:1: unexpected content after the end of the top-level object"),
                arguments("extra closing brace", "{\"format\": 1, \"nodes\": []}}",
                        "t.json:1:27: unexpected content after the end of the top-level object"),
                arguments("top level is an array", "[{\"format\": 1}]",
                        "t.json:1:1: expected a JSON object at the top level, found an array"),
                arguments("duplicate key", "{\n  \"format\": 1,\n  \"nodes\": [],\n  \"format\": 1\n}",
                        "t.json:4:3: duplicate field \"format\" (first at line 2, column 3)"),
                // --- the top level
                arguments("missing format", "{\n  \"nodes\": []\n}",
                        "t.json:1:1: missing required field \"format\" in the topology"),
                arguments("format 2", "{\"format\": 2, \"nodes\": []}",
                        "t.json:1:12: unsupported format 2; supported formats: 1"),
                arguments("format as string", "{\"format\": \"1\", \"nodes\": []}",
                        "t.json:1:12: expected a whole number for \"format\", found a string"),
                arguments("missing nodes", "{\"format\": 1}",
                        "t.json:1:1: missing required field \"nodes\" in the topology"),
                arguments("unknown top-level field", "{\"format\": 1, \"nodes\": [], \"colour\": \"red\"}",
                        "t.json:1:28: unknown field \"colour\" in the topology; allowed: $schema, format, name, description, settings, nodes, wires, links, scenario"),
                arguments("nodes is not an array", "{\"format\": 1, \"nodes\": {}}",
                        "t.json:1:24: expected an array for \"nodes\", found an object"),
                arguments("name is null", "{\"format\": 1, \"nodes\": [], \"name\": null}",
                        "t.json:1:36: expected a string for \"name\", found null"),
                arguments("settings placement default", "{\"format\": 1, \"nodes\": [], \"settings\": {\"placement\": \"default\"}}",
                        "t.json:1:54: \"default\" is not a valid \"placement\"; allowed: in-process, child-process, external"),
                arguments("waitForConnections as string", "{\"format\": 1, \"nodes\": [], \"settings\": {\"waitForConnections\": \"yes\"}}",
                        "t.json:1:63: expected true or false for \"waitForConnections\", found a string"),
                // --- nodes
                arguments("node is not an object", "{\"format\": 1, \"nodes\": [\"p\"]}",
                        "t.json:1:25: expected an object in \"nodes\", found a string"),
                arguments("missing node id", "{\"format\": 1, \"nodes\": [{\"type\": \"PUB\"}]}",
                        "t.json:1:25: missing required field \"id\" in nodes[0]"),
                arguments("missing node type", "{\"format\": 1, \"nodes\": [{\"id\": \"p\"}]}",
                        "t.json:1:25: missing required field \"type\" in node \"p\""),
                arguments("unknown type PULLL", "{\"format\": 1, \"nodes\": [{\"id\": \"p\", \"type\": \"PULLL\"}]}",
                        "t.json:1:45: \"PULLL\" is not a valid \"type\"; allowed: PUB, SUB, PUSH, PULL, REQ, REP, PAIR, ROUTER, DEALER, XPUB, XSUB, QUEUE, FORWARDER, STREAMER"),
                arguments("unknown node field", socket("\"colour\": \"red\""),
                        "t.json:1:53: unknown field \"colour\" in node \"p\"; allowed: id, type, label, binds, options, behaviour, placement, process, host, command, logs, layout"),
                arguments("label is null", socket("\"label\": null"),
                        "t.json:1:62: expected a string for \"label\", found null"),
                arguments("bind is a number", socket("\"binds\": [5555]"),
                        "t.json:1:63: expected a string in \"binds\", found a number"),
                arguments("unknown placement", socket("\"placement\": \"cloud\""),
                        "t.json:1:66: \"cloud\" is not a valid \"placement\"; allowed: default, in-process, child-process, external"),
                arguments("layout x as string", socket("\"layout\": {\"x\": \"120\", \"y\": 80}"),
                        "t.json:1:69: expected a number for \"x\", found a string"),
                arguments("unknown layout field", socket("\"layout\": {\"x\": 1, \"z\": 2}"),
                        "t.json:1:72: unknown field \"z\" in the layout of node \"p\"; allowed: x, y"),
                arguments("command is a number", socket("\"placement\": \"external\", \"command\": 42"),
                        "t.json:1:89: expected a string or an array of strings for \"command\", found a number"),
                arguments("command is an object", socket("\"command\": {\"run\": \"python3\"}"),
                        "t.json:1:64: expected a string or an array of strings for \"command\", found an object"),
                arguments("command argument is not a string", socket("\"command\": [\"python3\", 5555]"),
                        "t.json:1:76: expected a string in \"command\", found a number"),
                arguments("socket node with frontend", socket("\"frontend\": {}"),
                        "t.json:1:53: \"frontend\" is only for devices (QUEUE, FORWARDER, STREAMER); a PUSH socket node has \"binds\", \"options\" and \"behaviour\""),
                arguments("device with binds",
                        "{\"format\": 1, \"nodes\": [{\"id\": \"q\", \"type\": \"QUEUE\", \"binds\": []}]}",
                        "t.json:1:54: \"binds\" does not belong on a QUEUE device; a device has \"frontend\" and \"backend\" sides, each with \"binds\" and \"options\""),
                arguments("unknown field in a device side",
                        "{\"format\": 1, \"nodes\": [{\"id\": \"q\", \"type\": \"QUEUE\", \"frontend\": {\"bind\": []}}]}",
                        "t.json:1:67: unknown field \"bind\" in the frontend of node \"q\"; allowed: binds, options"),
                // --- settings
                arguments("expression budget too large", "{\"format\": 1, \"settings\": {\"expressionBudgetMs\": 5000}, \"nodes\": []}",
                        "t.json:1:50: \"expressionBudgetMs\" is too large: 5000 (at most 1000)"),
                arguments("expression budget of nothing", "{\"format\": 1, \"settings\": {\"expressionBudgetMs\": 0}, \"nodes\": []}",
                        "t.json:1:50: \"expressionBudgetMs\" must be 1 or more, found 0"),
                // --- options
                arguments("unknown option", socket("\"options\": {\"hwm\": 5}"),
                        "t.json:1:65: unknown field \"hwm\" in the options of node \"p\"; allowed: sendHwm, receiveHwm, subscriptions, identity"),
                arguments("hwm too large", socket("\"options\": {\"sendHwm\": 3000000000}"),
                        "t.json:1:76: \"sendHwm\" is too large: 3000000000 (at most 2147483647)"),
                arguments("negative hwm", socket("\"options\": {\"receiveHwm\": -1}"),
                        "t.json:1:79: \"receiveHwm\" must be 0 or more, found -1"),
                // --- behaviours
                arguments("behaviour kind missing", socket("\"behaviour\": {\"rate\": 1}"),
                        "t.json:1:66: missing required field \"kind\" in the behaviour of node \"p\""),
                arguments("behaviour kind unknown", socket("\"behaviour\": {\"kind\": \"spammer\"}"),
                        "t.json:1:75: \"spammer\" is not a valid \"kind\"; allowed: passive, generator, sink, replier, requester, broker, producer, consumer"),
                arguments("generator without template", socket("\"behaviour\": {\"kind\": \"generator\", \"rate\": 1}"),
                        "t.json:1:66: missing required field \"template\" (or \"frames\") in the behaviour of node \"p\""),
                arguments("template and frames", socket("\"behaviour\": {\"kind\": \"generator\", \"template\": \"m\", \"frames\": [\"a\"]}"),
                        "t.json:1:88: \"template\" and \"frames\" cannot both be given in the behaviour of node \"p\"; keep \"template\" for a one-frame message or \"frames\" for one template per frame"),
                arguments("empty frames", socket("\"behaviour\": {\"kind\": \"requester\", \"frames\": []}"),
                        "t.json:1:98: \"frames\" is empty in the behaviour of node \"p\"; give one template per frame, e.g. [\"{topic}\", \"data {n}\"]"),
                arguments("a frame that is not a string", socket("\"behaviour\": {\"kind\": \"replier\", \"frames\": [\"a\", 7]}"),
                        "t.json:1:102: expected a string in \"frames\", found a number"),
                arguments("rate as string", socket("\"behaviour\": {\"kind\": \"generator\", \"template\": \"m\", \"rate\": \"1\"}"),
                        "t.json:1:113: expected a number for \"rate\", found a string"),
                arguments("negative rate", socket("\"behaviour\": {\"kind\": \"requester\", \"template\": \"m\", \"rate\": -0.5}"),
                        "t.json:1:113: \"rate\" must be 0 or more, found -0.5"),
                arguments("negative work", socket("\"behaviour\": {\"kind\": \"sink\", \"workMillis\": -2}"),
                        "t.json:1:97: \"workMillis\" must be 0 or more, found -2"),
                arguments("negative count", socket("\"behaviour\": {\"kind\": \"generator\", \"template\": \"m\", \"count\": -1}"),
                        "t.json:1:114: \"count\" must be 0 or more, found -1"),
                arguments("fractional count", socket("\"behaviour\": {\"kind\": \"generator\", \"template\": \"m\", \"count\": 1.5}"),
                        "t.json:1:114: expected a whole number for \"count\", found 1.5"),
                arguments("field of another kind", socket("\"behaviour\": {\"kind\": \"sink\", \"template\": \"m\"}"),
                        "t.json:1:83: unknown field \"template\" in the behaviour of node \"p\"; allowed: kind, log, format, aggregate, countBy, record, workMillis"),
                arguments("topic is not a string", socket("\"behaviour\": {\"kind\": \"generator\", \"template\": \"m\", \"topics\": [\"a\", null]}"),
                        "t.json:1:121: expected a string in \"topics\", found null"),
                // --- wires and links
                arguments("wire missing id", "{\"format\": 1, \"nodes\": [], \"wires\": [{\"from\": \"a\"}]}",
                        "t.json:1:38: missing required field \"id\" in wires[0]"),
                arguments("wire missing endpoint", "{\"format\": 1, \"nodes\": [], \"wires\": [\n  {\"id\": \"w1\", \"from\": \"a\", \"to\": \"b\"}]}",
                        "t.json:2:3: missing required field \"endpoint\" in wire \"w1\""),
                arguments("wrong side name",
                        "{\"format\": 1, \"nodes\": [], \"wires\": [{\"id\": \"w\", \"from\": \"a\", \"to\": \"q\", \"toSide\": \"back\", \"endpoint\": \"tcp://127.0.0.1:1\"}]}",
                        "t.json:1:84: \"back\" is not a valid \"toSide\"; allowed: main, frontend, backend"),
                arguments("unknown wire field",
                        "{\"format\": 1, \"nodes\": [], \"wires\": [{\"id\": \"w\", \"from\": \"a\", \"to\": \"b\", \"endpoint\": \"x\", \"colour\": 1}]}",
                        "t.json:1:91: unknown field \"colour\" in wire \"w\"; allowed: id, from, fromSide, to, toSide, endpoint, faults, curve"),
                arguments("link missing to", "{\"format\": 1, \"nodes\": [], \"links\": [{\"id\": \"l\", \"from\": \"a\"}]}",
                        "t.json:1:38: missing required field \"to\" in link \"l\""),
                arguments("link filter not a string",
                        "{\"format\": 1, \"nodes\": [], \"links\": [{\"id\": \"l\", \"from\": \"a\", \"to\": \"b\", \"filter\": true}]}",
                        "t.json:1:84: expected a string for \"filter\", found true"));
    }
}
