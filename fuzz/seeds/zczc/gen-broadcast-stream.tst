ZCZC AAP
%A
#Ferry_BC1
$Ferry service resumes on Brisbane River 

:(BRISBANE)
&AAPIS\Walkerj
*04000000
@QLD
Ferry services on the Brisbane River will resume on Monday after flood repairs to three terminals.

   The city council says the terminals at New Farm, Bulimba and Hawthorne have been rebuilt with higher pontoons.

   Commuters have been using extra bus services since the floods in February.



AAP RTV
ZCZC AAP
%A
#Bushfire_BC2
$Bushfire warning downgraded in Gippsland
:(MELBOURNE)
&AAPIS\Walkerj
*17000000
@Vic
A bushfire warning for towns in east Gippsland has been downgraded to advice.

   Firefighters say cooler conditions overnight helped them contain the blaze near Bairnsdale.


AAP RTV
NNNN