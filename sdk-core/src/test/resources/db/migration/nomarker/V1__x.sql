CREATE TABLE nomarker_x (id INT);
