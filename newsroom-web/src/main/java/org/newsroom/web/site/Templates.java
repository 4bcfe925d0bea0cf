package org.newsroom.web.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The page templates, compiled to classes at build time (jte); output is HTML-escaped by default. */
@ApplicationScoped
public class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "gg.jte.generated.precompiled");

    public String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, params, output);
        return output.toString();
    }
}
