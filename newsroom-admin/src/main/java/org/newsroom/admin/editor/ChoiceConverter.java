package org.newsroom.admin.editor;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.newsroom.editorial.workflow.Choice;

/**
 * Carries a picked author or story through the page as {@code id:name}. The name is only
 * for showing it again; the service trusts the id alone and checks it.
 */
@FacesConverter("choice")
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
            return new Choice(id, colon < 0 ? "" : value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ConverterException("Pick from the list");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : value.id() + ":" + value.name();
    }
}
