package org.confidant.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Prints the address to open once the server listens; the only start-up line a member needs. */
@Component
class ReadyMessage implements ApplicationListener<WebServerInitializedEvent> {

  private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    log.info("Confidant is ready: open http://localhost:{}/", event.getWebServer().getPort());
  }
}
