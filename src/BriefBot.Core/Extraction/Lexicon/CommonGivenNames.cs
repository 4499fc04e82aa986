namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// More common given names, by region, added to <see cref="Words.GivenNames"/>. Words that are also ordinary English
/// words written with a capital (May, Grace, Hope, Will, Sterling) are left out: a name starting with one is found
/// only from how the sentence treats it.
/// </summary>
internal static class CommonGivenNames
{
    public static readonly string[] All =
    [
        // English-speaking world
        "Abigail", "Alfred", "Allan", "Allen", "Andy", "Angus", "Annie", "Ashley", 
        "Barry", "Ben", "Beth", "Betty", "Bill", "Billy", "Bob", "Bobby", "Brad", "Bradley", "Brandon", "Brendan",
        "Brett", "Bryan", "Calvin", "Cameron", "Carol", "Caroline", "Charlie", "Cheryl", "Chuck", "Colin", "Collin",
        "Connor", "Craig", "Curtis", "Cynthia", "Dale", "Dan", "Dana", "Danny", "Darren", "Dave", "Deborah",
        "Debra", "Derek", "Don", "Doug", "Douglas", "Drew", "Duncan", "Dylan", "Eileen", "Elaine", "Eleanor",
        "Ellen", "Emma", "Ethan", "Evan", "Fiona", "Fred", "Gavin", "Geoffrey", "Geoff", "Glen", "Glenn", "Greg",
        "Hayden", "Heather", "Holly", "Howard", "Isaac", "Jacqueline", "Jake", "Jamie", "Jared", "Jay", "Jeff", "Jenny",
        "Jeremy", "Jerry", "Jesse", "Jill", "Jim", "Jimmy", "Joanna", "Jody", "Joel", "Johnny", "Jon", "Josh",
        "Joyce", "Judith", "Judy", "Justine", "Karl", "Kathleen", "Kathryn", "Katie", "Keith", "Kelly", "Ken", "Kenny",
        "Kerry", "Kim", "Kirsty", "Kyle", "Larry", "Lauren", "Leah", "Len", "Leon", "Leonard", "Leslie", "Lindsay",
        "Lindsey", "Lori", "Luke", "Lynn", "Marcus", "Marilyn", "Matt", "Megan", "Melanie", "Melissa", "Mick", "Molly",
        "Monica", "Natalie", "Neil", "Nick", "Nicole", "Nigel", "Noah", "Norman", "Pamela", "Pat", "Patrice",
        "Paula", "Penny", "Phil", "Phillip", "Priscilla", "Ralph", "Randall", "Randy", "Ray", "Rebekah", "Rick", "Ricky",
        "Rob", "Robin", "Rod", "Rodney", "Ron", "Ross", "Roy", "Russell", "Ryan", "Sally", "Sam", "Samantha", "Sandra",
        "Sara", "Sean", "Seth", "Shane", "Shannon", "Sharon", "Sheila", "Shirley", "Stacey", "Stanley", "Steve", "Stuart",
        "Susie", "Suzanne", "Tammy", "Ted", "Teresa", "Terry", "Tim", "Toby", "Todd", "Tom", "Tommy", "Tracy", "Travis",
        "Trevor", "Troy", "Tyler", "Valerie", "Vanessa", "Vernon", "Vincent", "Walter", "Wayne", "Wendy", "Wesley",
        "Zachary", "Zoe", "Keir", "Kier", "Dominic", "Priti", "Liam", "Declan", "Eamon", "Ciaran",
        "Siobhan", "Niamh", "Aoife", "Seamus", "Hamish", "Alistair", "Alastair", "Iain", "Ewan", "Rory", "Nicolas",
        // French, Belgian, Swiss
        "Alain", "Amélie", "André", "Antoine", "Arnaud", "Benoît", "Bernadette", "Bertrand", "Bruno", "Cédric",
        "Christophe", "Claude", "Clément", "Damien", "Didier", "Dominique", "Édouard", "Éric", "Étienne", "Fabien",
        "Florian", "Francis", "Françoise", "Frédéric", "Gérard", "Gilles", "Guillaume", "Hélène", "Henri",
        "Hervé", "Isabelle", "Jean-Claude", "Jean-Luc", "Jean-Marc", "Jean-Marie", "Jean-Pierre", "Jean-Yves",
        "Jérôme", "Julien", "Laurent", "Luc", "Marc", "Marcel", "Mathieu", "Maxime", "Michel", "Michèle", "Nathalie",
        "Olivier", "Pascal", "Patrick", "Philippe", "Rémi", "Sandrine", "Ségolène", "Stéphane", "Sylvie", "Thierry",
        "Valérie", "Véronique", "Xavier", "Yves", "Josep", 
        // German, Dutch, Nordic
        "Alexandra", "Andreas", "Anke", "Annalena", "Armin", "Axel", "Bernd", "Christoph", "Dieter", "Dirk", "Frank-Walter",
        "Gerhard", "Günter", "Günther", "Heiko", "Helmut", "Horst", "Jens", "Joachim", "Johannes", "Jörg", "Karl-Heinz",
        "Katrin", "Lothar", "Manfred", "Matthias", "Norbert", "Rainer", "Reinhard", "Rolf", "Sigmar", "Thorsten", "Uwe",
        "Volker", "Werner", "Wilhelm", "Annegret", "Frauke", "Heike", "Sabine", "Jutta", "Mark", "Geert", "Wopke",
        "Sigrid", "Kaja", "Jonas", "Magnus", "Anders", "Bjørn", "Björn", "Gunnar", "Håkan", "Jonas", "Kristian",
        "Lars-Erik", "Mats", "Mikael", "Ola", "Olof", "Stefan", "Ulf", "Erna", "Jonas", "Jussi", "Sauli", "Juha", "Antti",
        "Kersti", "Toomas", "Egils", "Gitanas", "Dalia", "Valdis", "Krišjānis", "Arvydas", "Frans", "Hendrik", "Joost",
        "Pieter", "Wim", "Willem", "Maarten", "Ruud", "Bart", "Koen", "Jeroen", "Dominik",
        // Southern Europe
        "Adriano", "Alessandro", "Alessandra", "Andrea", "Angelo", "Antonella", "Beppe", "Carlo", "Claudio", "Dario",
        "Emanuele", "Enrico", "Enzo", "Fabio", "Federico", "Filippo", "Franco", "Gianni", "Giorgio", "Giulia", "Giuliano",
        "Giulio", "Lorenzo", "Luigi", "Marcello", "Massimo", "Maurizio", "Mauro", "Nicola", "Paola", "Pietro", "Raffaele",
        "Renato", "Roberta", "Romano", "Salvatore", "Sergio", "Silvio", "Stefano", "Ugo", "Vittorio", "Antonio",
        "Alfonso", "Ángel", "Beatriz", "Concepción", "Elena", "Enrique", "Esteban", "Felipe", "Francisco", "Gonzalo",
        "Ignacio", "Inés", "Jaime", "Joaquín", "Josefina", "Julio", "Marcos", "Mariano", "Marta", "Mercedes",
        "Pilar", "Rosa", "Santiago", "Teresa", "Vicente", "Marcelo", "Rui", "Paulo", "Luís", "Augusto", "Aníbal",
        "Kyriakos", "Alexis", "Nikos", "Yannis", "Giorgos", "Konstantinos", "Dimitris", "Andreas", "Nicos", "Edi", "Ilir",
        // Central and Eastern Europe, Russia, Caucasus, Central Asia
        "Aleksander", "Aleksandr", "Aleksei", "Anatoli", "Andrzej", "Andriy", "Anton", "Arkady",
        "Arseniy", "Artem", "Artyom", "Bogdan", "Borys", "Dmytro", "Denys", "Eduard", "Gennady", "Georgy",
        "Grigory", "Ilya", "Konstantin", "Kirill", "Leonid", "Lev", "Maksim", "Mykola", "Nikita", "Oleksiy",
        "Ruslan", "Sergei", "Serhiy", "Stanislav", "Taras", "Valentin", "Valery", "Viktor",
        "Vitaly", "Vyacheslav", "Yaroslav", "Yevgeniy", "Yuriy", "Anastasia", "Daria", "Elvira", "Galina", "Inna",
        "Kristina", "Larisa", "Lyudmila", "Nadezhda", "Oksana", "Polina", "Tatyana", "Valentina", "Vera",
        "Veronika", "Zoya", "Alexandr", "Svetlana", "Sviatlana", "Maryna", "Andrej", "Beata",
        "Jarosław", "Lech", "Mateusz", "Radosław", "Rafał", "Zbigniew", "Agnieszka", "Małgorzata", "Katarzyna",
        "Miloš", "Aleksandar", "Tomáš", "Petr", "Andrej", "Robert", "Zuzana", "Klaus", "Václav", "Milos",
        "Péter", "Gergely", "Katalin", "László", "Gábor", "Ilham", "Nikol", "Serzh", "Mikheil", "Irakli", "Salome",
        "Nursultan", "Kassym-Jomart", "Shavkat", "Emomali", "Sooronbay", "Serdar", "Ramzan",
        // Middle East and North Africa
        "Abbas", "Abdelaziz", "Abdallah", "Abdulaziz", "Abdulla", "Abdulrahman", "Adel", "Adnan", "Ahmet", "Akram",
        "Amal", "Amin", "Amir", "Amr", "Anas", "Ashraf", "Ayman", "Aziz", "Bashar", "Bassam", "Dalia", "Ehsan",
        "Emad", "Fadi", "Farid", "Fawaz", "Fuad", "Ghassan", "Haidar", "Haider", "Hakan", "Hamza", "Hanan", "Hani",
        "Haroun", "Hasan", "Hassan", "Hisham", "Hossein", "Hussam", "Imad", "Iman", "Ismail", "Jamal", "Jawad", "Kamal",
        "Lina", "Loay", "Mahdi", "Majid", "Marwan", "Mazen", "Mehdi", "Mevlüt", "Mohamad", "Mohammed",
        "Mounir", "Munir", "Mustafa", "Nabil", "Naguib", "Naji", "Nour", "Nouri", "Osama", "Qasem", "Rami",
        "Rashad", "Riad", "Riyad", "Saad", "Sadiq", "Saleh", "Salim", "Sami", "Sara", "Sayed", "Shadi", "Sharif",
        "Tamer", "Tawfiq", "Wael", "Yahya", "Yasser", "Yassin", "Youssef", "Zaid", "Zainab", "Ziad", "Abdel-Fattah",
        "Mohammad-Javad", "Hassan", "Ali-Akbar", "Ebrahim", "Hamid", "Kayhan", "Ahmet", "Binali", "Devlet", "Kemal",
        "Ekrem", "Hulusi", "İbrahim", "Ilhan", "Meral", "Selahattin", "Benny", "Gabi", "Gilad", "Itamar", "Yossi",
        "Ehud", "Ariel", "Shimon", "Tzipi", "Yuval", "Avigdor", "Yoav", "Amos", "Dov", "Eli", "Uri", "Ayelet",
        // South Asia
        "Aamir", "Abhishek", "Ajay", "Ajit", "Akhilesh", "Amitabh", "Anand", "Arun", "Arvind", "Ashraf", "Deepak",
        "Devendra", "Dinesh", "Gaurav", "Jawaharlal", "Kiran", "Krishna", "Lalit", "Mamata", "Manoj",
        "Mehbooba", "Mukesh", "Nirmala", "Nitin", "Nitish", "Omar", "Pervez", "Piyush", "Pradeep", "Prakash", "Pranab",
        "Rajnath", "Rakesh", "Ramesh", "Ravi", "Sachin", "Salil", "Sandeep", "Shahid", "Shahbaz", "Shashank",
        "Shiv", "Shyam", "Smriti", "Subramanian", "Sudhir", "Sumit", "Suresh", "Sushma", "Uddhav", "Vijay", "Vinod",
        "Yogendra", "Bilawal", "Fawad", "Hamid", "Javed", "Khurram", "Maleeha", "Moeed", "Qamar", "Shireen", 
        "Ashraf", "Hamid", "Abdul", "Tanvir", "Sajeeb", "Pushpa", "Khadga", "Gotabhaya",
        // East and South-East Asia (given names written first)
        "Akihiko", "Hiroyuki", "Ichiro", "Junichiro", "Katsuya", "Kazuo", "Koichi", "Kohei", "Kotaro",
        "Makoto", "Masahiro", "Masato", "Naoki", "Nobuo", "Satoshi", "Shigeru", "Shinjiro", "Shunichi", "Takashi",
        "Taro", "Tetsuya", "Toshihiro", "Toshimitsu", "Yasuhiro", "Yoshimasa", "Yoshiko", "Yukio", "Yuriko", "Tomomi",
        "Jae-in", "Suk-yeol", "Retno", "Mahfud", "Ma'ruf", "Luhut",
        "Najib", "Muhyiddin", "Ismail", "Hishammuddin", "Lawrence", "Vivian", "Kishore",
        "Bilahari", "Tharman", "Halimah", "Ngozi", "Leni", "Teodoro", "Enrique", "Ferdinand",
        "Prayuth", "Prawit", "Anutin", "Paetongtarn", "Srettha", "Yingluck", "Hun", "Sam", "Aung", "Min", "Thein",
        "Htin", "Zaw", "Tun",
        // Sub-Saharan Africa
        "Abdoul", "Abubakar", "Adama", "Ade", "Adewale", "Ahmadou", "Akinwumi", "Amina", "Aliyu", "Babatunde",
        "Bola", "Boubacar", "Charles", "Chinedu", "Chukwuma", "Dapo", "Desmond", "Ebo", "Emeka", "Faure", "Femi",
        "Folake", "Gbenga", "George", "Godfrey", "Hailemariam", "Hakainde", "Isaias", "Jacob", "Jakaya",
        "Joyce", "Kenneth", "Kwesi", "Lazarus", "Mahamadou", "Mahamoudou", "Mamady", "Mokgweetsi", "Musa",
        "Nana", "Nnamdi", "Obiageli", "Oluwole", "Patrice", "Peter", "Sahle-Work", "Salva", "Samuel", "Seyi",
        "Sibusiso", "Thabo", "Themba", "Uhuru", "Umaru", "Yemi", "Yoweri", "Abdalla", "Abdalla",
        "Abdourahamane", "Mohamed", "Roch", "Tiémoko", "Faustin", "Évariste", "Joseph", "Denis", "Ali",
        "Ismaïl", "Omar", "Hassan", "Fatou", "Solomon", "Tariq",
        // Latin America
        "Álvaro", "Andrés", "Axel", "Cristian", "Dilma", "Ernesto", "Evo", "Fernanda", "Gabriel", "Guillermo",
        "Gerardo", "Héctor", "Horacio", "Iván", "Jeanine", "Jimmy", "Lenín", "Lucas", "Luiz", "Marcelo", "Michelle",
        "Nicolás", "Octavio", "Óscar", "Oscar", "Rafael", "Ramón", "Rodrigo", "Sebastián", "Tabaré", "Verónica",
        "Vladimir", "Alberto", "Martín", "Mario", "Lourdes", "Keiko", "Ollanta", "Pedro", "Iván", 
        "Javier", "Jair", "Geraldo", "Fernando", "Ciro", "Eduardo", "Gustavo", "Ivan", "Lula", 
        "Stephen", "Susan", "Henry", "Franco",
    ];
}
