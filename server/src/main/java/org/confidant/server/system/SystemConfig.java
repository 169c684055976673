package org.confidant.server.system;

import java.time.Clock;
import org.confidant.guard.Guard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans every feature shares: the clock, the guard and the validated settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ConfidantProperties.class)
class SystemConfig {

  /** The clock every feature reads time from, so tests can move it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The anonymity rules engine with its default recognizers and policy; thread-safe. */
  @Bean
  Guard guard() {
    return Guard.standard();
  }
}
