package org.oretrace.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.oretrace.app.security.CsrfToken;
import org.oretrace.app.users.UserAccount;
import org.oretrace.app.users.UserAccounts;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.web.HomeTile;
import org.oretrace.kernel.web.MenuSection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The signed-in person as the layout shows them: name, menu, sign-out. */
@Named("me")
@RequestScoped
public class SessionBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccounts accounts;

    @Inject
    Instance<MenuSection> sections;

    @Inject
    Instance<HomeTile> tiles;

    @Inject
    FacesContext faces;

    private UserAccount account;

    public String getDisplayName() {
        UserAccount a = account();
        return a == null ? currentUser.name() : a.getDisplayName();
    }

    public String getRoleName() {
        UserAccount a = account();
        return a == null ? "" : a.getRole().name();
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public boolean isCompliance() {
        return currentUser.hasRole(Role.COMPLIANCE);
    }

    /** The menu: the modules' sections in their order, then administration; entries filtered by role. */
    public List<MenuSection> getMenu() {
        List<MenuSection> menu = new ArrayList<>();
        sections.forEach(menu::add);
        menu.add(new AdministrationMenu());
        menu.sort(Comparator.comparingInt(MenuSection::order));
        return menu.stream().map(this::visible).filter(s -> !s.entries().isEmpty()).toList();
    }

    /** What a home tile shows, computed once per request: the page reads figures and chart several times. */
    public record TileView(String title, List<HomeTile.Figure> figures, String chart) {
    }

    private List<TileView> tileViews;

    public List<TileView> getTiles() {
        if (tileViews == null) {
            List<HomeTile> list = new ArrayList<>();
            tiles.forEach(list::add);
            list.sort(Comparator.comparingInt(HomeTile::order));
            tileViews = list.stream().map(t -> new TileView(t.title(), t.figures(), t.chart())).toList();
        }
        return tileViews;
    }

    /** The session's CSRF token, in a meta tag of every page, for scripts that call /api with the session cookie. */
    public String getCsrfToken() {
        Object session = faces.getExternalContext().getSession(false);
        return session instanceof HttpSession s ? CsrfToken.of(s) : "";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private MenuSection visible(MenuSection section) {
        List<MenuSection.Entry> entries = section.entries().stream()
                .filter(e -> currentUser.hasRole(e.minimumRole())).toList();
        return new MenuSection() {
            public String title() {
                return section.title();
            }

            public int order() {
                return section.order();
            }

            public List<Entry> entries() {
                return entries;
            }
        };
    }

    private UserAccount account() {
        if (account == null && currentUser.isSignedIn()) {
            account = accounts.find(currentUser.name()).orElse(null);
        }
        return account;
    }

    static final class AdministrationMenu implements MenuSection {
        public String title() {
            return "Administration";
        }

        public int order() {
            return 1000;
        }

        public List<Entry> entries() {
            return List.of(
                    new Entry("Users", "/admin/users.xhtml", "pi pi-users", Role.ADMIN),
                    new Entry("Audit trail", "/audit.xhtml", "pi pi-history", Role.COMPLIANCE),
                    new Entry("My profile and API tokens", "/profile.xhtml", "pi pi-user", Role.VIEWER));
        }
    }
}
