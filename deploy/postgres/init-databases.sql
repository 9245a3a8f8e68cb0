-- Each service owns its own database (docker-compose only; the embedded stack creates them itself).
CREATE DATABASE cases;
CREATE DATABASE comparison;
CREATE DATABASE partnerships;
CREATE DATABASE gateway;
