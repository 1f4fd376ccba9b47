package dev.phreplay.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactionRulesTest {
    private static RedactionRules parse(String json) {
        return RedactionRules.parse(json.getBytes(StandardCharsets.UTF_8), "my-rules.json");
    }

    @Test
    void defaultsCoverInputsPatternsHeadersAndUrlParameters() {
        RedactionRules rules = RedactionRules.defaults();
        assertTrue(rules.maskAllInputs());
        assertEquals(BuiltInPatterns.NAMES, rules.patterns().stream().map(TextPattern::name).toList());
        assertTrue(rules.dropHeaders().containsAll(Set.of("authorization", "cookie", "set-cookie")));
        assertTrue(rules.urlParameters().containsAll(List.of("token", "code", "session")));
        assertEquals(RedactionRules.sha256(RedactionRules.defaultRulesJson()), rules.sha256());
    }

    @Test
    void aFileOverridesKeysAndSectionEntriesOneByOne() {
        RedactionRules rules = parse("""
                {"maskTextSelectors": [".secret, #name"], "inputs": {"maskAll": false, "maskSelectors": ["[type=password]"]},
                 "patterns": {"builtIn": ["email"], "custom": [{"name": "ssn", "regex": "\\\\d{3}-\\\\d{2}-\\\\d{4}"}]},
                 "network": {"bodies": [{"url": "/login", "action": "mask", "which": "request"}]}}""");
        assertEquals(List.of(".secret", "#name"), rules.maskTextSelectors().stream().map(Object::toString).toList());
        assertFalse(rules.maskAllInputs());
        assertEquals(1, rules.maskInputSelectors().size());
        assertEquals(List.of("email", "ssn"), rules.patterns().stream().map(TextPattern::name).toList());
        assertTrue(rules.dropHeaders().contains("authorization"), "network.dropHeaders keeps its default");
        RedactionRules.BodyRule body = rules.networkBodies().getFirst();
        assertEquals(RedactionRules.BodyAction.MASK, body.action());
        assertTrue(body.request());
        assertFalse(body.response());
        assertEquals(RedactionRules.defaults().blockSelectors().size(), rules.blockSelectors().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"maskText\": []}|unknown key \"maskText\"",
        "{\"inputs\": {\"all\": true}}|unknown key \"inputs.all\"",
        "{\"blockSelectors\": [\"a:hover\"]}|selector \"a:hover\": pseudo-classes",
        "{\"blockSelectors\": \".x\"}|\"blockSelectors\" must be an array of strings",
        "{\"patterns\": {\"builtIn\": [\"ssn\"]}}|unknown built-in pattern \"ssn\"",
        "{\"patterns\": {\"custom\": [{\"name\": \"x\", \"regex\": \"(\"}]}}|\"patterns.custom[0].regex\" is not a valid regular expression",
        "{\"network\": {\"bodies\": [{\"url\": \"x\", \"action\": \"hide\"}]}}|\"network.bodies[0].action\" must be",
        "{\"inputs\": {\"maskAll\": \"yes\"}}|\"inputs.maskAll\" must be true or false",
        "[1]|the rules must be a JSON object",
        "{|not valid JSON"})
    void mistakesAreReportedWithTheFileAndKey(String json, String message) {
        RulesException e = assertThrows(RulesException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("my-rules.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
