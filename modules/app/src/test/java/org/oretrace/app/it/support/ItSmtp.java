package org.oretrace.app.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real SMTP server the IT application delivers to ({@link Server#smtpPort()}), running for one test class:
 * {@code @RegisterExtension static final ItSmtp smtp = new ItSmtp();}
 */
public final class ItSmtp extends GreenMail implements BeforeAllCallback, AfterAllCallback {

    public ItSmtp() {
        super(new ServerSetup(Server.smtpPort(), "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}
