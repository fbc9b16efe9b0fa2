package brussels.maillage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MaillageApplication {

	public static void main(String[] args) {
		SpringApplication.run(MaillageApplication.class, args);
	}

}
