package wales.piap.preview.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import wales.piap.preview.PreviewHost;
import wales.piap.preview.plugin.CreateOutcome;
import wales.piap.render.Messages;

/** GET and POST /create: the blueprint wizard form and the blueprint flow behind it. */
final class CreateRoutes {

    private final PreviewHost host;

    CreateRoutes(PreviewHost host) {
        this.host = host;
    }

    void form(Request request) throws IOException {
        Map<String, String> defaults = Map.of("spaceKey", PreviewHost.PLANS_SPACE,
                "planLanguage", "en");
        show(request, 200, defaults, Map.of(), null);
    }

    void submit(Request request) throws IOException {
        Map<String, String> form = request.form();
        if (request.user().isEmpty()) {
            show(request, 403, form, Map.of("form", List.of(Messages.forLocale(request.locale())
                    .text("piap.preview.error.anonymous-create"))), null);
            return;
        }
        String spaceKey = form.getOrDefault("spaceKey", PreviewHost.PLANS_SPACE);
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        fields.remove("spaceKey");
        CreateOutcome outcome = PreviewHost.as(request.user().get(), request.locale(),
                () -> host.blueprintFlow().create(fields, spaceKey, request.locale()));
        if (outcome.isCreated()) {
            Layout.redirect(request, "/pages/" + outcome.pageId());
        } else if (outcome.status() == 400) {
            show(request, 400, form, outcome.fieldErrors(), null);
        } else {
            show(request, outcome.status(), form, Map.of("form", List.of(outcome.message())),
                    null);
        }
    }

    private void show(Request request, int status, Map<String, String> values,
            Map<String, List<String>> errors, String notice) throws IOException {
        String title = Messages.forLocale(request.locale()).text("piap.preview.create");
        String content = CreateForm.html(request.locale(), host.services().store().spaces(),
                values, errors, notice);
        Layout.send(request, status, Layout.page(request, title, null, content, List.of()));
    }
}
