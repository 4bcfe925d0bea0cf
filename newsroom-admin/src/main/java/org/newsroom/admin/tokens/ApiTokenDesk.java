package org.newsroom.admin.tokens;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.security.ApiTokens;
import org.newsroom.editorial.security.ApiTokens.NewToken;
import org.newsroom.editorial.security.ApiTokens.TokenView;

/**
 * Making, listing and revoking personal API tokens. A new token's secret stays in this
 * view only until it has been shown; an administrator may name another person whose
 * tokens the screen then shows.
 */
@Named
@ViewScoped
public class ApiTokenDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The lifetimes offered, in days; 0 is "never expires". */
    private static final List<Integer> LIFETIMES = List.of(30, 90, 365, 0);

    @EJB
    ApiTokens tokens;

    private String owner;
    private String name;
    private int days = 90;
    private String oneTimeSecret;

    public List<TokenView> getTokens() {
        try {
            return tokens.of(owner);
        } catch (ActionRefused | EJBAccessException refused) {
            return List.of();
        }
    }

    public void create() {
        oneTimeSecret = null;
        try {
            NewToken made = tokens.create(owner, name, days == 0 ? null : Instant.now().plus(Duration.ofDays(days)));
            oneTimeSecret = made.secret();
            info(text("tokens.created", made.token().name()));
            name = null;
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("tokens.notAllowed"));
        }
    }

    public void revoke(TokenView token) {
        try {
            tokens.revoke(token.id());
            info(text("tokens.revoked", token.name()));
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("tokens.notAllowed"));
        }
    }

    public void forgetSecret() {
        oneTimeSecret = null;
    }

    public List<Integer> getLifetimes() {
        return LIFETIMES;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getOneTimeSecret() {
        return oneTimeSecret;
    }
}
