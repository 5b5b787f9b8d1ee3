package wales.piap.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wales.piap.render.Messages;

class DescriptorTest {

    private final PluginDescriptor descriptor = PluginDescriptor.load();

    @Test
    void pluginKeyIsTheBundleKey() {
        assertEquals("wales.piap.piap-confluence", descriptor.pluginKey());
    }

    @Test
    void declaresDataCenterCompatibility() {
        Element status = descriptor.document
                .selectFirst("plugin-info > param[name=atlassian-data-center-status]");
        assertNotNull(status, "plugin-info lacks atlassian-data-center-status");
        assertEquals("compatible", status.text());
    }

    @Test
    void macroClassesImplementMacro() throws ClassNotFoundException {
        for (Element macro : descriptor.modules("xhtml-macro")) {
            Class<?> type = Class.forName(macro.attr("class"));
            assertTrue(Macro.class.isAssignableFrom(type), type + " does not implement Macro");
        }
    }

    @Test
    void macrosHaveParametersAndNames() {
        for (Element macro : descriptor.modules("xhtml-macro")) {
            String name = macro.attr("name");
            assertEquals(name, macro.attr("key"), "macro key differs from its name");
            assertNotNull(macro.selectFirst("> parameters"), name + " lacks <parameters>");
            String prefix = descriptor.pluginKey() + "." + name;
            assertI18n(prefix + ".label");
            assertI18n(prefix + ".desc");
            for (Element parameter : macro.select("> parameters > parameter")) {
                String parameterPrefix = prefix + ".param." + parameter.attr("name");
                assertI18n(parameterPrefix + ".label");
                assertI18n(parameterPrefix + ".desc");
            }
        }
    }

    @Test
    void contextProvidersResolve() throws ClassNotFoundException {
        for (Element provider : descriptor.document.select("context-provider")) {
            Class<?> type = Class.forName(provider.attr("class"));
            assertTrue(ContextProvider.class.isAssignableFrom(type),
                    type + " does not implement ContextProvider");
        }
    }

    @Test
    void resourceLocationsExist() {
        for (Element resource : descriptor.document.select("resource[type=download]")) {
            String location = resource.attr("location");
            assertNotNull(getClass().getResource("/" + location),
                    "resource " + resource.attr("name") + " points to missing " + location);
        }
    }

    @Test
    void webItemResolvesToBlueprintAndTemplates() {
        Element webItem = descriptor.module("web-item", "piap-create-item");
        assertNotNull(webItem, "web-item piap-create-item missing");
        assertEquals("system.create.dialog/content", webItem.attr("section"));
        String blueprintKey = webItem.selectFirst("param[name=blueprintKey]").attr("value");
        Element blueprint = descriptor.module("blueprint", blueprintKey);
        assertNotNull(blueprint, "web-item names missing blueprint " + blueprintKey);
        List<Element> refs = blueprint.select("> content-template");
        assertFalse(refs.isEmpty(), "blueprint has no content-template");
        for (Element ref : refs) {
            assertNotNull(descriptor.module("content-template", ref.attr("ref")),
                    "blueprint names missing content-template " + ref.attr("ref"));
        }
    }

    @Test
    void wizardPagesNameSoyTemplates() throws IOException {
        String soy = readResource("/wizard/piap-wizard.soy");
        for (Element page : descriptor.document.select("dialog-page")) {
            String templateKey = page.attr("template-key");
            int dot = templateKey.lastIndexOf('.');
            String namespace = templateKey.substring(0, dot);
            String template = templateKey.substring(dot);
            assertTrue(soy.contains("{namespace " + namespace), "soy lacks " + namespace);
            assertTrue(soy.contains("{template " + template), "soy lacks template " + template);
        }
    }

    @Test
    void wizardScriptRegistersWebItemKey() throws IOException {
        String script = readResource("/wizard/piap-wizard.js");
        String completeKey = descriptor.pluginKey() + ":piap-create-item";
        assertTrue(script.contains("'" + completeKey + "'") || script.contains('"' + completeKey + '"'),
                "wizard JS must call setWizard with " + completeKey);
    }

    @Test
    void i18nResourcesMatchMessagesBundles() {
        List<String> locations = descriptor.document.select("atlassian-plugin > resource[type=i18n]")
                .eachAttr("location");
        assertEquals(Messages.BUNDLES.stream().filter(b -> !b.endsWith(".preview")).toList(),
                locations);
    }

    @Test
    void descriptorI18nKeysExistInBothLanguages() {
        for (String key : descriptor.i18nKeys()) {
            assertI18n(key);
        }
    }

    private static void assertI18n(String key) {
        assertTrue(I18nBundles.englishHas(key), "English bundles lack " + key);
        assertTrue(I18nBundles.welshHas(key), "Welsh bundles lack " + key);
    }

    private String readResource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertNotNull(in, path + " missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
