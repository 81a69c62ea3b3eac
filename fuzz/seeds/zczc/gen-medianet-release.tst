   ZCZC AAP
%MNETALL MFI
$J
:
:Coastal Water Authority
*X
Media release: Dam levels rise after a wet summer

Mon 10 March 2025

The Coastal Water Authority today reported that storage levels across the region rose over summer.

In the three months to February:
* the Lakeside dam rose to 86%
* the Northgate dam rose to 74%
* water use fell by 3.1%.

http://medianet.example.com.au/releases/release-details.aspx?id=100002
SOURCE: Coastal Water Authority

NNNN
