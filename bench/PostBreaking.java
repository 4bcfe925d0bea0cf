import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * Posts one breaking item through the JMS inbox as a remote client would, then prints
 * "SENT <epoch millis>". Run with WildFly's bin/client/jboss-client.jar on the class path:
 *   java -cp jboss-client.jar PostBreaking.java <remote url> <user> <password> <edition> <text>
 */
public class PostBreaking {
    public static void main(String[] args) throws Exception {
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, args[0]);
        env.put(Context.SECURITY_PRINCIPAL, args[1]);
        env.put(Context.SECURITY_CREDENTIALS, args[2]);
        InitialContext naming = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
        Queue inbox = (Queue) naming.lookup("jms/newsroom/breaking-inbox");
        String json = "{\"edition\":\"" + args[3] + "\",\"text\":\"" + args[4].replace("\"", "'") + "\"}";
        try (JMSContext jms = factory.createContext(args[1], args[2])) {
            var producer = jms.createProducer();
            var message = jms.createTextMessage(json);
            jms.start();
            long before = System.currentTimeMillis();
            producer.send(inbox, message); // persistent, returns once the broker has it
            System.out.println("SENT " + before);
        }
        naming.close();
    }
}
