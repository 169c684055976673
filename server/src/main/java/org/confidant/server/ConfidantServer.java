package org.confidant.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConfidantServer {
  public static void main(String[] args) {
    SpringApplication.run(ConfidantServer.class, args);
  }
}
