import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * Subscribes to the ContentChanged topic of one node as a remote JMS client and prints one line per
 * message: "CHANGED <change> <articleId> <epoch millis received>", after "READY" once subscribed.
 * TwoNodesIT runs it against node B to see what node A's publications send there (the signal a page
 * cache drops its pages on). Run with WildFly's bin/client/jboss-client.jar on the class path:
 *   java -cp jboss-client.jar ContentChangedTail.java <remote url> <user> <password>
 */
public class ContentChangedTail {
    public static void main(String[] args) throws Exception {
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, args[0]);
        env.put(Context.SECURITY_PRINCIPAL, args[1]);
        env.put(Context.SECURITY_CREDENTIALS, args[2]);
        InitialContext naming = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
        Topic topic = (Topic) naming.lookup("jms/newsroom/content");
        try (JMSContext jms = factory.createContext(args[1], args[2])) {
            JMSConsumer consumer = jms.createConsumer(topic);
            jms.start();
            System.out.println("READY");
            System.out.flush();
            // Until the test destroys this process (or the node goes away).
            while (true) {
                Message message = consumer.receive();
                if (message == null) {
                    return;
                }
                System.out.println("CHANGED " + message.getStringProperty("change") + " "
                        + message.getLongProperty("articleId") + " " + System.currentTimeMillis());
                System.out.flush();
            }
        }
    }
}
